# lambda: expected default value expression
f = lambda a=, b: 0
