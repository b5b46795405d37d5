// KkoriScreen
