# split/rsplit (whitespace and separator, maxsplit), splitlines, partition, join, strip family.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

texts = ["", " ", "a", "a b  c", "  a b  c  ", "a,b,,c,", ",", ",,", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\xa0i\u2028j\u3000k",
         "one::two::three", "\U0001f600 x \U0001f600", "x\U0001f600y\U0001f600z", "aaa", "abab"]
seps = [None, ",", "::", " ", "a", "ab", "\U0001f600", "zz"]
for s in texts:
    for sep in seps:
        for m in (-1, 0, 1, 2, 5):
            print(ascii(s), ascii(sep), m, ascii(s.split(sep, m)), ascii(s.rsplit(sep, m)))
    print(ascii(s.split()), ascii(s.rsplit()), ascii(s.split(maxsplit=1)), ascii(s.rsplit(sep=None, maxsplit=1)))

lines = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "\n", "\r\n\r\n", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "\r", "a\r"]
for s in lines:
    print(ascii(s), ascii(s.splitlines()), ascii(s.splitlines(True)), ascii(s.splitlines(keepends=1)))

for s in ["a,b,c", "abc", "", ",", "a,b", "\U0001f600,\U0001f600"]:
    for sep in [",", "b", "abc", "x", "\U0001f600"]:
        print(ascii(s), ascii(sep), ascii(s.partition(sep)), ascii(s.rpartition(sep)))

print(ascii(",".join(["a", "b", "c"])), ascii("".join([])), ascii("-".join("xyz")), ascii("\U0001f600".join(["a", "b"])),
      ascii("ab".join(("1",))), ascii(", ".join(x for x in ["p", "q"])), ascii("".join({"k": 1})))

strips = ["", "  ", "  a b  ", "\t\n a \r\x0b", "xxaxx", "\u3000a\u2000", "abcba", "\U0001f600a\U0001f600"]
for s in strips:
    for chars in [None, "", "x", "ab", " a", "\U0001f600"]:
        print(ascii(s), ascii(chars), ascii(s.strip(chars)), ascii(s.lstrip(chars)), ascii(s.rstrip(chars)))

show("split int", lambda: "a".split(1))
show("split str max", lambda: "a".split("a", "b"))
show("split kw", lambda: "a".split(x=1))
show("split 3", lambda: "a".split("a", 1, 2))
show("split empty", lambda: "a".split(""))
show("rsplit empty", lambda: "a".rsplit(""))
show("split big", lambda: "a b".split(None, 10 ** 30))
show("split float", lambda: "a b".split(None, 1.0))
show("splitlines float", lambda: "a".splitlines(1.5))
show("splitlines list", lambda: "a".splitlines(keepends=[]))
show("partition empty", lambda: "a".partition(""))
show("partition int", lambda: "a".partition(1))
show("rpartition none", lambda: "a".rpartition(None))
show("join int", lambda: "a".join(1))
show("join ints", lambda: "a".join(["x", 1]))
show("join bytes", lambda: "".join([b"x"]))
show("strip int", lambda: "a".strip(1))
show("lstrip int", lambda: "a".lstrip(1))
show("strip 2", lambda: "a".strip("a", "b"))
show("strip kw", lambda: "a".strip(chars="a"))
class S(str):
    pass
r = S("abc")
print(type(r.split()[0]).__name__, type(r.strip()).__name__, type("".join([r])).__name__, type(",".join([r])).__name__,
      type(r.partition("z")[0]).__name__)
