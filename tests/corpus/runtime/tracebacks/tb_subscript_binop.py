# Carets: a failing subscript inside a binary operation.
x = {'a': [1, 2, 3]}
def f():
    return x['a'][1] + x['b']
f()
