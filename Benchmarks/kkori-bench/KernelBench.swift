/// Prints the kernel figures.
func kernelBench(_ args: [String]) {}
