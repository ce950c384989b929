def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: exec(1))
t(lambda: exec("x=1", 1))
t(lambda: exec("x=1", {}, 1))
t(lambda: eval(1))
t(lambda: eval("1", 1))
t(lambda: eval("1", {}, 1))
t(lambda: eval("1", None, 1))
t(lambda: exec())
t(lambda: eval())
t(lambda: exec("1", {}, {}, 4))
t(lambda: eval("1", {}, {}, 4))
t(lambda: compile())
t(lambda: compile("1", "f", "bad"))
t(lambda: compile(1, "f", "exec"))
t(lambda: compile("1", 1, "exec"))
t(lambda: eval("1\x00"))
t(lambda: exec("1\x00"))
t(lambda: vars(1))
t(lambda: vars(1, 2))
t(lambda: dir(1, 2))
t(lambda: eval("  1+1"))
t(lambda: eval("\t1+1\n"))
t(lambda: eval(b"2*3"))
t(lambda: eval(compile("4*5", "<x>", "eval")))
t(lambda: exec(compile("4*5", "<x>", "eval")))
g = {}
exec("y = 2\ndef f(): return y", g)
print(sorted(g.keys()) if False else ('__builtins__' in g, g['y'], g['f']()))
t(lambda: type(g['__builtins__']).__name__)
def fn(a, b=2):
    c = 3
    def inner(): return a
    return locals()
t(lambda: fn(1))
t(lambda: vars().keys() == globals().keys())
t(lambda: eval("a+1", {"a": 1}))
t(lambda: eval("a+b", {"a": 1}, {"b": 2}))
t(lambda: exec("raise ValueError('x')"))
t(lambda: eval("__name__"))
t(lambda: dir(type('Z', (), {'__dir__': lambda s: ['b', 'a']})()))
t(lambda: dir(type('Z', (), {'__dir__': lambda s: 1})()))
class DD: 
    q = 1
    def m(self): pass
t(lambda: dir(DD))
t(lambda: dir(DD()))
t(lambda: exec("def g(): return 1\nprint(g())", None, None))
def uses_exec():
    l = {}
    exec("z = 5", globals(), l)
    return l
t(uses_exec)
t(lambda: breakpoint)
t(lambda: repr(eval))
t(lambda: compile("1", "f", "exec", flags=0x99999))
