# find/rfind/index/rindex/count/startswith/endswith with start/end, over BMP and astral text.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

texts = ["", "abcabcab", "aaaa", "hello world", "\u00e9t\u00e9 \u00e9t\u00e9", "\u4e2d\u6587\u4e2d", "a\U0001f600b\U0001f600", "\ud800\udc00x"]
subs = ["", "a", "ab", "abc", "b", "aa", "o", "l", "\u00e9", "\u4e2d", "\U0001f600", "\U0001f600b", "zz", "\ud800", "x"]
bounds = [None, 0, 1, 2, -1, -3, 5, 100, -100]
for s in texts:
    for sub in subs:
        row = [s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub), sub in s]
        for b in bounds:
            row.append((s.find(sub, b), s.rfind(sub, b), s.count(sub, b), s.startswith(sub, b), s.endswith(sub, b)))
            for e in bounds:
                row.append((s.find(sub, b, e), s.rfind(sub, None, e), s.count(sub, b, e), s.startswith(sub, b, e), s.endswith(sub, b, e)))
        print(ascii(s), ascii(sub), row)

print("abcabc".startswith(("x", "bc"), 1), "abcabc".endswith(("x", "ab"), 0, 5), "abc".startswith(()))
print("abc".index("b"), "abcb".rindex("b"), "abc".index("c", -1))
show("index missing", lambda: "abc".index("d"))
show("rindex missing", lambda: "abc".rindex("a", 1))
show("find no args", lambda: "a".find())
show("find int", lambda: "a".find(1))
show("find 4 args", lambda: "a".find("a", 1, 2, 3))
show("find float", lambda: "a".find("a", 1.0))
show("find kw", lambda: "a".find(sub="a"))
show("count none", lambda: "a".count())
show("count int", lambda: "a".count(5))
show("startswith int", lambda: "a".startswith(1))
show("startswith tuple int", lambda: "a".startswith(("b", 1)))
show("endswith list", lambda: "a".endswith(["a"]))
show("in int", lambda: 1 in "a")
show("in None", lambda: None in "a")

class Idx:
    def __index__(self):
        return 1
print("abcabc".find("b", Idx()), "abcabc".count("b", Idx(), Idx()), "abc"[Idx()])
print("abc".find("", 3), "abc".find("", 4), "abc".count("", 10), "abc".count("", 1, 2), "abc".rfind(""), "".count(""))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 1, 0), "abc".endswith("", 3))
big = 10 ** 30
print("abc".find("c", -big, big), "abc".count("a", big), "abc".startswith("a", -big))
