/// Prints the scenario figures.
func scenarioBench(_ args: [String]) {}
