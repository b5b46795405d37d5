// KkoriRunner
