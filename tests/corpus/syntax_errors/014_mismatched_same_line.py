# closing bracket does not match opening one on the same line
x = (1, 2]
