/// Prints the scoring figures.
func scoringBench(_ args: [String]) {}
