/// Prints the history figures.
func historyBench(_ args: [String]) {}
