# keyword argument followed by a for clause
f(x=1 for x in y)
