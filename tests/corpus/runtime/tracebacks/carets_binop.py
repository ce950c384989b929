# caret lines for a failing binary operation inside a larger expression (~~~^^^ markers).
a = 1
b = 'two'
c = [a, b]
result = c[0] + c[1] * 1 + c[0]
