// KkoriApp
