# tuple: construction, indexing, slicing, count/index, concatenation, comparison, hashing, packing, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t = (1, 'a', 2.5, None, (1, 2))
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(1), t.index('a'), (1,), (), tuple(), tuple('ab'), tuple([1, 2]))
def e(label, f):
    try:
        print(label, repr(f()))
    except Exception as ex:
        print(label, '!', type(ex).__name__, ex)
e('index missing', lambda: t.index('z'))
e('getitem error', lambda: t[10])
e('setitem', lambda: t.__setitem__(0, 1))
e('concat', lambda: (1, 2) + (3,))
e('concat list', lambda: (1,) + [2])
e('repeat', lambda: ((1, 2) * 2, 2 * (0,), () * 5))
e('compare', lambda: ((1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (1, 'a') == (1, 'a'), (2,) > (1, 9)))
e('compare mixed', lambda: (1, 'a') < (1, 2))
e('hash', lambda: [hash(x) for x in ((), (1,), (1, 2), (1, (2, 3)), ('a', 'b'), (1.5, -1), (None,))])
e('hash unhashable', lambda: hash((1, [2])))
e('contains', lambda: (1 in t, 'z' in t, (1, 2) in t))
e('nested repr', lambda: repr(((1,), ((2,),), ())))
e('singleton empty', lambda: tuple() is tuple([]))
e('ctor bad', lambda: tuple(1))
e('unpack', lambda: (lambda a, b, *c: (a, b, c))(*t))
e('index range', lambda: t.index(None, 0, 3))
e('count nested', lambda: ((1, 2), (1, 2), 1).count((1, 2)))
e('eq list', lambda: (1, 2) == [1, 2])
e('mul big', lambda: (1,) * (2**62))
class T(tuple):
    pass
e('subclass', lambda: (T((1, 2)), type(T((1,)) + (2,)), T((1, 2))[0:1], type(T((1, 2))[0:1])))
e('getnewargs', lambda: (1, 2).__getnewargs__())
