# invalid target nested in a for target tuple
for a, (b, 1) in x:
    pass
