# f-string: unmatched '(' at end of expression
x = f'{(a}'
