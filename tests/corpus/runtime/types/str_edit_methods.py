# replace, removeprefix/removesuffix, center/ljust/rjust/zfill, expandtabs, translate/maketrans.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

for s in ["", "abc", "aaaa", "abcabc", "\U0001f600a\U0001f600", "\u00e9\u00e9"]:
    for old, new in [("", "-"), ("a", ""), ("a", "xy"), ("ab", "\U0001f600"), ("\U0001f600", "!"), ("aa", "b"), ("z", "q"), ("\u00e9", "e")]:
        for count in (-1, 0, 1, 2, 100):
            print(ascii(s), ascii(old), ascii(new), count, ascii(s.replace(old, new, count)))
    print(ascii(s.replace("a", "b")), ascii(s.removeprefix("a")), ascii(s.removesuffix("c")), ascii(s.removeprefix("")),
          ascii(s.removesuffix("")), ascii(s.removeprefix(s)), ascii(s.removesuffix(s)))

for s in ["", "a", "ab", "abc", "-5", "+12", "x-1", "\U0001f600", "-"]:
    for w in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8):
        print(ascii(s), w, ascii(s.center(w)), ascii(s.center(w, "*")), ascii(s.ljust(w, "\u00e9")), ascii(s.rjust(w, "\U0001f600")),
              ascii(s.zfill(w)))

for s in ["", "\t", "a\tb", "ab\tc\td", "abcdefgh\ti", "a\nb\tc", "a\r\tb", "\t\t", "x\U0001f600\ty"]:
    print(ascii(s), ascii(s.expandtabs()), ascii(s.expandtabs(4)), ascii(s.expandtabs(1)), ascii(s.expandtabs(0)),
          ascii(s.expandtabs(-1)), ascii(s.expandtabs(tabsize=3)))

t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()) if False else t)
print(ascii("abcdabcd".translate(t)))
print(str.maketrans({"a": "1", 98: None, "\U0001f600": 99}))
print(ascii("abc\U0001f600".translate({97: "AA", 98: None, 0x1f600: 0x41, 99: "\U0001f601"})))
print(ascii("hello".translate(["x"] * 200)), ascii("abc".translate({})), ascii("abc".translate({97: 0x10ffff})))
class Counting:
    def __init__(self):
        self.calls = 0
    def __getitem__(self, k):
        self.calls += 1
        if k == 97:
            return "A"
        raise LookupError(k)
c = Counting()
print(ascii("aaabbb".translate(c)), c.calls)

show("replace 1 arg", lambda: "a".replace("a"))
show("replace int", lambda: "a".replace(1, 2))
show("replace int2", lambda: "a".replace("a", 2))
show("replace count str", lambda: "a".replace("a", "b", "c"))
show("replace kw", lambda: "a".replace("a", "b", count=1))
show("center none", lambda: "a".center())
show("center fill2", lambda: "a".center(1, "ab"))
show("center fill int", lambda: "a".center(1, 2))
show("center float", lambda: "a".center(1.0))
show("center kw", lambda: "a".center(1, fillchar="x"))
show("ljust big", lambda: "a".ljust(10 ** 30))
show("zfill str", lambda: "a".zfill("a"))
show("expandtabs str", lambda: "a".expandtabs("a"))
show("expandtabs kw", lambda: "a\tb".expandtabs(tabsize=2))
show("removeprefix int", lambda: "a".removeprefix(1))
show("removesuffix none", lambda: "a".removesuffix(None))
show("translate none", lambda: "a".translate())
show("translate int", lambda: "abc".translate(1))
show("translate big", lambda: "abc".translate({97: 0x110000}))
show("translate neg", lambda: "abc".translate({97: -1}))
show("translate float", lambda: "abc".translate({97: 1.5}))
show("maketrans none", lambda: str.maketrans())
show("maketrans int", lambda: str.maketrans(1))
show("maketrans float key", lambda: str.maketrans({1.5: 1}))
show("maketrans long key", lambda: str.maketrans({"ab": 1}))
show("maketrans unequal", lambda: str.maketrans("a", "bc"))
show("maketrans z int", lambda: str.maketrans("a", "b", 1))
show("maketrans y int", lambda: str.maketrans(1, 2))
show("maketrans x int", lambda: str.maketrans(1, "a"))
show("maketrans 4", lambda: str.maketrans("a", "b", "c", "d"))
show("maketrans via instance", lambda: "q".maketrans("a", "b"))
