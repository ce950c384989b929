# cannot assign to True as a keyword argument
f(True=1)
