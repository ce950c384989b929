# f-string: bare lambda
x = f'{lambda x: 1}'
