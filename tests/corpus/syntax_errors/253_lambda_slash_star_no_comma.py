# lambda: expected comma between / and *
f = lambda a, /*, b: 0
