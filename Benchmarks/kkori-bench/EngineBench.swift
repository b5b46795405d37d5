/// Prints the engine figures.
func engineBench(_ args: [String]) {}
