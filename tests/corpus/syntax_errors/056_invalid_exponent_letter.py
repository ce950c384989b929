# letters after an exponent
x = 1e5x
