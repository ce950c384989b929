# f-string: empty expression (spaces)
x = f'{  }'
