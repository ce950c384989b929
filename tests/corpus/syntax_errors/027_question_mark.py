# '?' is not a Python token
x = y ? 1 : 2
