# Lambda expression parameters cannot be parenthesized
f = lambda (a, b): 0
