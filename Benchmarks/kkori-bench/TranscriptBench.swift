/// Prints the transcript figures.
func transcriptBench(_ args: [String]) {}
