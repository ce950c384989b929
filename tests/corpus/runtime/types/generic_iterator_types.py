# the iterator types of builtins: type names, __length_hint__, pickling-free attributes, iter(iterator) identity, exhaustion.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

cases = [[1, 2, 3], (1, 2), 'abc', b'ab', bytearray(b'x'), {1: 2}, {1, 2}, frozenset([1]), range(3), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), reversed([1, 2]), reversed(range(3)), reversed('ab'), enumerate('a'), zip('a', 'b'), map(str, [1]), filter(None, [1])]
for c in cases:
    it = iter(c)
    hint = it.__length_hint__() if hasattr(it, '__length_hint__') else 'none'
    print(type(it).__name__, hint, iter(it) is it, list(it), list(it))
li = iter([1, 2, 3])
next(li)
print(li.__length_hint__(), li.__reduce__()[0].__name__ if False else 'skip')
it2 = iter(range(10))
next(it2)
print(it2.__length_hint__(), list(it2)[-1])
