# invalid del target inside a tuple
del (a, f())
