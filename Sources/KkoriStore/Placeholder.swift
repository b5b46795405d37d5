// KkoriStore
