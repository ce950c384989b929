# divmod, pow, round, bin, oct, hex dispatch and errors.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

show("divmod 1", lambda: divmod(1))
show("divmod str", lambda: divmod("a", 1))
show("divmod kw", lambda: divmod(x=1, y=2))
show("pow 1", lambda: pow(1))
show("pow str", lambda: pow("a", 2))
show("pow str3", lambda: pow("a", 2, 3))
show("pow 4", lambda: pow(1, 2, 3, 4))
show("round none", lambda: round(None))
show("round 0", lambda: round())
show("round str", lambda: round("1.5"))
show("bin str", lambda: bin("1"))
show("bin float", lambda: bin(1.0))
show("hex 2", lambda: hex(1, 2))
class D:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __round__(self, n=None): return ("round", n)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __index__(self): return 10
d = D()
print(divmod(d, 1), divmod(1, d), round(d), round(d, 3), pow(d, 2), pow(2, d), pow(d, 2, 5), bin(d), oct(d), hex(d))
class MyInt(int):
    def __rdivmod__(self, o): return "sub rdivmod"
print(divmod(7, MyInt(2)), divmod(MyInt(7), 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0), divmod(True, 2))
print(pow(2, 100), pow(-2, 3), pow(2.0, -1), pow(4, 0.5), pow(-4, 0.5), pow(-8, 1/3))
