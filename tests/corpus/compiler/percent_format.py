def f(a, b, c):
    x = "%s and %r" % (a, b)
    y = "%-5s|%3.2a|%%" % (a, b)
    z = "%d" % (a,)
    w = "%s" % a
    v = "%s %s" % (a,)
    u = "x%sy%sz" % (a, *b)
    t = "%10s" % (c,)
    return x, y, z, w, v, u, t
