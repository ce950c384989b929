# complex: construction, arithmetic, power, comparisons, formatting.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for args in [(), (1,), (1, 2), (1.5, -0.0), ("1+2j",), (" (3-4j) ",), ("j",), ("-1.5e3J",), ("1+",), ("1", 2),
             (1, "2"), (1j, 1j), (1 + 2j, 3), (2, 1 + 1j), (None,), (1, None), ("inf-nanj",), (10**400,), (True, False)]:
    show(f"complex{args!r}", lambda: complex(*args))
show("complex kw", lambda: complex(real=1, imag=2))
show("complex kw2", lambda: complex(imag=2))
class C:
    def __complex__(self): return 3 + 4j
class BadC:
    def __complex__(self): return 5
class F:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 3
for o in [C(), BadC(), F(), Idx()]:
    show(f"complex({type(o).__name__})", lambda: complex(o))
z = 3 + 4j
w = -1.5 + 0.5j
for a in [z, w, 0j, 2, 2.5, -0.0j]:
    for b in [z, w, 0j, 3, 0.5, 1e308j]:
        show(f"{a!r}+{b!r}", lambda: a + b)
        show(f"{a!r}-{b!r}", lambda: a - b)
        show(f"{a!r}*{b!r}", lambda: a * b)
        show(f"{a!r}/{b!r}", lambda: a / b)
        show(f"{a!r}**{b!r}", lambda: a ** b)
for e in [0, 1, 2, 3, -1, -2, 100, 101, 0.5, -0.5, 2j, 1 + 1j]:
    show(f"z**{e!r}", lambda: z ** e)
    show(f"0j**{e!r}", lambda: 0j ** e)
show("pow3", lambda: pow(z, 2, 3))
show("big pow", lambda: (1e200 + 1e200j) ** 2)
show("big pow2", lambda: (10 + 10j) ** 500.5)
show("floordiv", lambda: z // 2)
show("mod", lambda: z % 2)
show("divmod", lambda: divmod(z, 2))
show("lt", lambda: z < w)
show("int", lambda: int(z))
show("float", lambda: float(z))
print(abs(z), abs(w), abs(complex(float("inf"), float("nan"))), abs(-0j))
show("abs big", lambda: abs(complex(1e308, 1e308)))
print(z == 3 + 4j, z != 3 + 4j, (3 + 0j) == 3, (3 + 0j) == 3.0, (3 + 1j) == 3, 2**53 + 1 == complex(2**53), 1j == 1j, z == "z")
print(hash(z), hash(3 + 0j) == hash(3), hash(1j), hash(-1 + 0j), hash(complex(0.5, -2.5)))
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), -z, +z, bool(0j), bool(1j), bool(-0.0j))
for v in [1 + 2j, -0.0 - 0j, 1e20j, complex(1, -0.0), complex(float("nan"), float("inf")), 1.5e-7 + 2j, 1j, -1j]:
    print(repr(v), str(v), format(v, ""), format(v, ".2f"), format(v, "^30"), format(v, "g"))
show("format bad", lambda: format(1j, "d"))
show("format z", lambda: format(1j, "=10"))
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(m.conjugate()).__name__, MyC("3j"))
print(complex.__sizeof__(1j) > 0, (1j).__complex__(), type(MyC(2).__complex__()).__name__)
