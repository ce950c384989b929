# unmatched ')'
x = 1)
