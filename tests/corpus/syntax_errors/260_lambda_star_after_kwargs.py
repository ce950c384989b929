# lambda: arguments cannot follow var-keyword argument (**)
f = lambda **k, **j: 0
