# f-string: invalid conversion character
x = f'{a!x}'
