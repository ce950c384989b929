# f-string: invalid syntax inside the expression
x = f'{a +}'
