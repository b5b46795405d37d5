// KkoriCoding
