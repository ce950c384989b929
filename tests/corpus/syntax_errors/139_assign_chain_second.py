# invalid target in a chained assignment
x = f() = 1
