// KkoriText
