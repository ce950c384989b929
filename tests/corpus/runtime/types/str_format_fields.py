# str.format and str.format_map: numbering, attribute and index lookups, conversions, nested specs, errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

class P:
    x = 5
    name = "pt"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "P<" + spec + ">"

show("plain", lambda: "{} {} {}".format(1, "a", None))
show("manual", lambda: "{1} {0} {1}".format("a", "b"))
show("named", lambda: "{x}-{y}".format(x=1, y=2))
show("mixed", lambda: "{0} {x} {1}".format(1, 2, x=3))
show("escape", lambda: "{{}} {{{0}}} }}{{".format(7))
show("attr", lambda: "{0.x} {0.name} {p.x}".format(P(), p=P()))
show("index", lambda: "{0[1]} {0[0]} {d[k]} {d[1]}".format([10, 20], d={"k": "v", 1: "one", "1": "sone"}))
show("chain", lambda: "{0[a][1].x}".format({"a": [0, P()]}))
show("conv", lambda: "{0!r} {0!s} {0!a} {1!r} {1!a}".format(P(), "\u00e9"))
show("format spec obj", lambda: "{0:abc} {0:} {0!s:}".format(P()))
show("nested", lambda: "{0:{1}}|{0:{w}}".format(P(), "xy", w="zz"))
show("nested auto", lambda: "{:{}}{}".format(P(), "s", "t"))
show("unicode index", lambda: "{\u0661}".format("a", "b"))
show("empty", lambda: "".format(1, 2))
show("no fields", lambda: "abc".format(1))
show("map", lambda: "{a} {b[0]}".format_map({"a": 1, "b": [2]}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
show("map missing", lambda: "{a} {zz}".format_map(Default(a=1)))
show("single open", lambda: "{".format())
show("single close", lambda: "}".format())
show("single close mid", lambda: "a}b".format())
show("open end", lambda: "abc{".format())
show("manual then auto", lambda: "{0}{}".format(1, 2))
show("auto then manual", lambda: "{}{0}".format(1, 2))
show("index range", lambda: "{1}".format(1))
show("auto range", lambda: "{}{}".format(1))
show("missing kw", lambda: "{a}".format())
show("missing kw2", lambda: "{a}".format(b=1))
show("attr missing", lambda: "{0.zz}".format(1))
show("list str key", lambda: "{0[x]}".format([]))
show("bad conv", lambda: "{!x}".format(1))
show("empty conv", lambda: "{0!}".format(1))
show("conv end", lambda: "{0!".format(1))
show("conv no colon", lambda: "{0!rx}".format(1))
show("empty attr", lambda: "{0.}".format(1))
show("unclosed bracket", lambda: "{0[}".format(1))
show("bracket name", lambda: "{0]}".format(1))
show("after bracket", lambda: "{0[0]x}".format([1]))
show("unmatched spec", lambda: "{!r".format(1))
show("brace in name", lambda: "{a{b}".format(1))
show("deep nesting", lambda: "{0:{1:{2}}}".format(1, 2, 3))
show("too many digits", lambda: "{99999999999999999999999}".format(1))
show("positional in map", lambda: "{0}".format_map({}))
show("auto in map", lambda: "{}".format_map({}))
show("map none", lambda: "a".format_map())
show("map int", lambda: "{x}".format_map(1))
show("empty bracket", lambda: "{0[]}".format([1]))
show("missing bracket", lambda: "{0[0}".format([1]))
show("str spec", lambda: "{0:}|{0!r:}".format("s"))
class S(str):
    pass
print(type(S("abc").format()).__name__, type(S("a{}").format(1)).__name__, type("{}".format(S("x"))).__name__)
