# f-string: assignment inside a replacement field
x = f'{a = 1}'
