# unterminated f-string literal
x = f'{a}
