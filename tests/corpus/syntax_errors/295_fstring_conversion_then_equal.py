# f-string: expecting '}' after a conversion
x = f'{a!r=}'
