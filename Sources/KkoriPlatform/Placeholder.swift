// KkoriPlatform
