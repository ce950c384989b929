# cannot assign to None as a keyword argument
f(a, None=1)
