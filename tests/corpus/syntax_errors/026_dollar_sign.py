# '$' is not a Python token
x = $y
