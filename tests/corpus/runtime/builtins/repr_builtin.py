# repr() of every builtin value kind: numbers, strings with quotes, containers, nested and recursive, types, functions masked.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, -1, 1.0, -0.0, 1e100, 1j, -1j, 'a', "'", '"', '\'"', 'é\n', b'\x00', bytearray(b'q'), [], [1, [2]], (), (1,), (1, 2), {}, {1: 'a'}, set(), {1}, frozenset(), frozenset({2}), None, True, ..., NotImplemented, range(3), slice(1, 2), int, type, object]
for v in vals:
    print(repr(v))
l = [1]
l.append(l)
d = {}
d['d'] = d
s = [[]]
s[0].append(s)
print(repr(l), repr(d), repr(s))
print(repr(len), repr(print).startswith('<built-in function'), repr((lambda: 0)).startswith('<function <lambda> at 0x'))
