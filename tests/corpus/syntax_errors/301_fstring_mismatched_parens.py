# f-string: closing parenthesis does not match
x = f'{(a]}'
