# invalid generator for target
y = (x for f() in z)
