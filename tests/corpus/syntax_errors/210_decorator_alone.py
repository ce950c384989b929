# decorator without a definition
@decorator
x = 1
