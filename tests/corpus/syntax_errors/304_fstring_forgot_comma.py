# f-string: Perhaps you forgot a comma?
x = f'{a b}'
