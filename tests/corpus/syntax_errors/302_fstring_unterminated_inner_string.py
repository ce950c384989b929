# f-string: unterminated string
x = f'{"a}'
