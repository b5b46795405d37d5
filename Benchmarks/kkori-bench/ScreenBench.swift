/// Prints the screen figures.
func screenBench(_ args: [String]) {}
