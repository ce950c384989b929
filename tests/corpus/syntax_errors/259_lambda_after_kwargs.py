# lambda: arguments cannot follow var-keyword argument
f = lambda **k, a: 0
