/// Prints the grading figures.
func gradingBench(_ args: [String]) {}
