# letters after a float imaginary literal
x = 1.5jk
