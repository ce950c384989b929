# exponent sign without digits
x = 1.5e+
