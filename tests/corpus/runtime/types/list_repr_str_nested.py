# repr/str of nested lists/tuples/dicts with strings requiring escapes, floats, None and recursion markers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

v = [1, 'two', "th'ree", 'fo"ur', 4.0, None, True, (5,), [6, [7, [8]]], {'k': ('v', 1.5)}, {9}, b'x', -0.0, 1e100]
print(v)
print(str(v) == repr(v), tuple(v[:3]), {'nested': {'deeper': [v[1], v[2]]}})
a = []
b = [a]
a.append(b)
print(a, b)
d = {}
d[1] = [d]
print(d)
t_ = ([],)
t_[0].append(t_)
print(t_)
