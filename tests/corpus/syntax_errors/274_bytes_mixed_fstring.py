# cannot mix bytes and f-strings
x = f'a' b'b'
