# invalid target under a starred target
a, *f() = x
