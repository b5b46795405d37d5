// KkoriEngine
