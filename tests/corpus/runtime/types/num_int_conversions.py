# int(): strings, bases, bytes, __int__/__index__/__trunc__, subclasses, methods to_bytes/from_bytes.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

LONG = "1111111111"
while len(LONG) < 5000:
    LONG += LONG
for args in [(), ("12",), (" -12_3 ",), ("0x1f", 16), ("0x1f", 0), ("0b101", 0), ("z", 36), ("12", 2),
             ("1_", 10), ("", 10), ("010", 0), ("0", 0), ("٣٤",),
             (3.9,), (-3.9,), (1e20,), (True,), ("12", 1), ("12", 37), (12, 10), (float("nan"),), (float("inf"),),
             (None,), ([1],), ("12", 2.5)]:
    show("int" + repr(args), lambda: int(*args))
show("int long", lambda: int(LONG))
show("int kw base", lambda: int("ff", base=16))
show("int kw x", lambda: int(x="5"))
show("int 3 args", lambda: int("1", 2, 3))
show("int base only", lambda: int(base=3))

class I:
    def __int__(self): return 42
class X:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class BadInt:
    def __int__(self): return "no"
class BadTrunc:
    def __trunc__(self): return 1.5
class TruncIdx:
    def __trunc__(self): return X()
# (__trunc__ delegation prints a DeprecationWarning on 3.11: not exercised until Kaa has warnings.)
for o in [I(), X(), BadInt()]:
    show(type(o).__name__, lambda: int(o))
show("bin", lambda: (bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(X())))
show("hex float", lambda: hex(1.5))

class MyInt(int):
    def __repr__(self): return "MyInt(" + str(int(self)) + ")"
m = MyInt("12")
print(m, repr(m), type(m).__name__, m + 1, type(m + 1).__name__, -m, type(-m).__name__, MyInt(), MyInt(5.7))
m.attr = 3
print(m.attr, int(m), type(int(m)).__name__, type(m.real).__name__)

print(format(255, "x"), format(255, "#010b"), format(-3, "+d"), format(10**20, ","), format(5, ""), format(True, ""), format(True, "d"), format(7, ".2f"))
show("format bad", lambda: format(5, "s"))
show("str limit", lambda: str(10**5000))
print(len(str(10**4000)))
print(hasattr(1, "is_integer"))
