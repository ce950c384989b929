# invalid target nested in a tuple
a, (b, f()) = x
