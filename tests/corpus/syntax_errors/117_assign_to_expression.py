# cannot assign to expression
x + 1 = 2
