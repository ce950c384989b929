# lambda: named arguments must follow bare *
f = lambda *: 0
