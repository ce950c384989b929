# f-string: empty expression not allowed
x = f'{}'
