# f-string: walrus on an attribute
x = f'{(a.b := 1)}'
