# f-string error after non-ASCII characters
x = f'äö{a b}'
