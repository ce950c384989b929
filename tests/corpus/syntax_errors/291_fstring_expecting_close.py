# f-string: expecting '}'
x = f'{a'
