# positional argument follows keyword argument
f(x=1, y)
