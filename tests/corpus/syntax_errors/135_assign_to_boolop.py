# cannot assign to a boolean operation
a and b = 1
