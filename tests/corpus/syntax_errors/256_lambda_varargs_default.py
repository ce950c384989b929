# lambda: var-positional argument cannot have default value
f = lambda *a=1: 0
