// KkoriTerminal
