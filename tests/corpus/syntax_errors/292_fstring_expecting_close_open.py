# f-string: expecting '}' after a lone '{'
x = f'{'
