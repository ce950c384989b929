# invalid target with a non-ASCII function name
über() = 1
