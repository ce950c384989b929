# invalid del target in a list
del [a, 1]
