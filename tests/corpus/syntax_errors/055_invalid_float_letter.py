# letters after a float literal
x = 1.5abc
