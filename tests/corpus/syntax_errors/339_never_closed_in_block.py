# '(' never closed inside an indented block
if x:
    y = 1
    z = (
