# Indexing, slicing with steps, concatenation, repetition, comparisons, iteration, sizes, chr/ord.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

texts = ["", "a", "abcdef", "\u00e9t\u00e9", "x\U0001f600y\U0001f601z", "\ud800\udc00"]
idx = [None, 0, 1, 2, -1, -2, 3, 5, 10, -10, 100]
for s in texts:
    for a in idx:
        row = []
        for b in idx:
            for step in (None, 1, 2, 3, -1, -2, -3):
                row.append(s[a:b:step])
        print(ascii(s), a, ascii(row))
    n = len(s)
    i = -n - 1
    out = []
    while i <= n:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append(str(e))
        i += 1
    print(ascii(out))

show("step zero", lambda: "abc"[::0])
fl = 1.5
show("float index", lambda: "abc"[fl])
key = "x"
show("str index", lambda: "abc"[key])
show("str slice", lambda: "abc"["x":])
show("big index", lambda: "abc"[10 ** 30])
show("big slice", lambda: "abc"[-10 ** 30:10 ** 30:10 ** 30])
show("bool index", lambda: "abc"[True])
class I:
    def __index__(self):
        return 2
show("index obj", lambda: ("abc"[I()], "abcdef"[I():I() + 2], "abcdef"[::I()]))

show("concat", lambda: "ab" + "cd" + "" + "\U0001f600" + "\u00e9")
show("concat int", lambda: "a" + 1)
show("radd int", lambda: 1 + "a")
show("mul", lambda: ("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "\U0001f600" * 2, "" * 5, "x" * True))
show("mul float", lambda: "a" * 1.5)
show("mul str", lambda: "a" * "b")
show("mul big", lambda: "a" * 10 ** 30)
class R:
    def __rmul__(self, other):
        return "rmul:" + other
    def __radd__(self, other):
        return "radd:" + other
show("rmul", lambda: "ab" * R())
show("radd", lambda: "ab" + R())
s = "a"
s += "b"
s *= 2
print(s)

pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("ab", "a"), ("\uffff", "\U00010000"), ("\U00010000", "\uffff"),
         ("\ud800", "\U00010000"), ("\U0001f600", "\U0001f600"), ("Z", "a"), ("\u00e9", "e")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
show("lt int", lambda: "a" < 1)
print("a" == 1, "a" != None, "a" in "cat", "" in "", "at" in "cat", "\U0001f600" in "x\U0001f600", "\ud83d" in "\U0001f600")

for s in ["", "abc", "\u00e9\u00e9", "\u4e2d\u6587", "x\U0001f600"]:
    it = iter(s)
    print(type(it).__name__, it.__length_hint__(), [c for c in it], it.__length_hint__())
it = iter("abc")
next(it)
print(it.__reduce__()[1:], iter(it) is it)

for s in ["", "a", "abc" * 10, "\u00e9", "ab\u00e9", "\u0100", "\u1234ab", "\U00012345", "a\U00012345"]:
    print(ascii(s), s.__sizeof__(), s.__getnewargs__())
for v in [0, 65, 0xe9, 0x4e2d, 0xffff, 0x10000, 0x10ffff, 0xd800]:
    print(v, ascii(chr(v)), ord(chr(v)))
show("chr neg", lambda: chr(-1))
show("chr big", lambda: chr(0x110000))
show("chr huge", lambda: chr(10 ** 30))
show("chr float", lambda: chr(1.5))
show("chr str", lambda: chr("a"))
show("ord 2", lambda: ord("ab"))
show("ord 0", lambda: ord(""))
show("ord int", lambda: ord(1))
show("ord bytes", lambda: ord(b"a"))
show("ord bytes2", lambda: ord(b"ab"))
show("ord astral", lambda: ord("\U0001f600"))
print(hash("abc") == hash("ab" + "c"), hash("") == 0)
print(str(), str("x"), str(5), str(None), str([1, "a"]), ascii(str(b"ab")), str(object="kw"))
class S(str):
    pass
x = S("val")
print(type(x).__name__, x, x + "!", type(x + "!").__name__, type(str(x)).__name__, x == "val", hash(x) == hash("val"))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr("\x00\x7f\x80\xff"), repr("\u00e9\u200b\U0001f600\ud800"))
