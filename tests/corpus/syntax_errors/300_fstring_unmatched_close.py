# f-string: unmatched ')'
x = f'{a)}'
