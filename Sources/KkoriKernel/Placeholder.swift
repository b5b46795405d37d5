// KkoriKernel
