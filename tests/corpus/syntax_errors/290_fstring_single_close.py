# f-string: single '}' is not allowed
x = f'a}b'
