# list: indexing and slicing (get/set/del with steps), methods, operators, comparisons, repr, capacity growth.
def show(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'

base = list(range(10))
for sl in [slice(None), slice(2, 8), slice(None, None, -1), slice(1, None, 3), slice(-3, None), slice(8, 2, -2),
           slice(-100, 100), slice(100, -100, -1), slice(5, 5), slice(None, None, 4), slice(Idx(1), Idx(7), Idx(2)),
           slice(10**30, None), slice(None, -10**30), slice(-10**30, 10**30, 10**30)]:
    show(repr(sl), lambda: base[sl])
for key in [0, -1, 9, 10, -11, True, Idx(3), 10**30, -10**30, 1.0, 'a', None, (1,)]:
    show('get ' + repr(type(key).__name__), lambda: base[key])

def assign(target, value, op='set'):
    a = list(range(8))
    def go():
        if op == 'set':
            a[target] = value
        else:
            del a[target]
        return a
    show(f'{op} {target!r} = {value!r}', go)

for t, v in [(slice(2, 5), ['x']), (slice(2, 5), []), (slice(2, 2), 'ab'), (slice(None, None, 2), 'abcd'),
             (slice(None, None, 2), 'abc'), (slice(None, None, -3), range(3)), (slice(1, 6, 2), (1, 2, 3)),
             (slice(6, 1, -2), [7, 8, 9]), (slice(5, 1), ['q']), (slice(1, 1, -1), []), (slice(None), 5),
             (slice(None, None, 2), 5), 
             (3, 'z'), (-1, 'z'), (8, 'z'), (-9, 'z'), ('a', 1), (1.5, 1), (slice(None, None, 0), [])]:
    assign(t, v)
for t in [slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(7, 0, -3), slice(1, -1, 3), 3, -1, 8, slice(100, 200), 'x', slice(None, None, 0)]:
    assign(t, None, 'del')

a = list(range(8))
a[0:0] = iter([1, 2])
print('iter splice', a)
a[-2:] = (x for x in 'xyz')
print('gen splice', a)
a = [1, 2, 3]
a[::-1] = a
print('self reverse assign', a)
a[1:2] = a
print('self splice', a)
a = [1, 2]
a += a
print('self extend', a)
a.extend(a)
print('self extend method', a)

# methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
show('index 1', lambda: a.index(1))
show('index 1 from 2', lambda: a.index(1, 2))
show('index 1 in [4:]', lambda: a.index(1, 4))
show('index neg', lambda: a.index(9, -3))
show('index stop', lambda: a.index(9, 0, -3))
show('index big', lambda: a.index(6, -10**30, 10**30))
show('index Idx', lambda: a.index(4, Idx(1), Idx(5)))
show('index bad', lambda: a.index(4, 'x'))
show('index none', lambda: a.index(4, None))
show('count', lambda: (a.count(1), a.count(7), [[]].count([])))
show('insert', lambda: (a.insert(0, 'h'), a.insert(-1, 'n'), a.insert(100, 't'), a.insert(-100, 'f'), a)[-1])
show('pop', lambda: (a.pop(), a.pop(0), a.pop(-2), a))
show('pop bad', lambda: a.pop(100))
show('pop empty', lambda: [].pop())
show('pop float', lambda: a.pop(1.0))
show('remove', lambda: (a.remove(1), a))
show('remove missing', lambda: a.remove('zz'))
show('reverse', lambda: (a.reverse(), a))
show('copy', lambda: (a.copy(), a.copy() is a))
show('clear', lambda: (a.clear(), a))
show('append arity', lambda: a.append())
show('append kw', lambda: a.append(x=1))
show('extend non-iter', lambda: a.extend(5))
show('extend range', lambda: (a.extend(range(3)), a))
show('extend gen', lambda: (a.extend(x * x for x in range(4)), a))
show('sort pos', lambda: a.sort(None))
show('sort kw', lambda: a.sort(keyfunc=1))
show('list kw', lambda: list(x=1))
show('list 2', lambda: list(1, 2))
show('list str', lambda: list('abc'))

# operators
show('concat', lambda: [1] + [2, 3])
show('concat tuple', lambda: [1] + (2,))
show('repeat', lambda: ([1, 2] * 3, 2 * [0], [1] * 0, [1] * -5, [] * 10**30))
show('repeat float', lambda: [1] * 2.0)
show('repeat Idx', lambda: [1, 2] * Idx(2))
show('repeat huge', lambda: [1] * 10**30)
b = [1, 2]
c = b
b *= 2
print('imul same', b, c is b)
b *= 0
print('imul zero', b, c is b)
b += range(3)
print('iadd range', b, c is b)
try:
    b += 5
except TypeError as e:
    print('iadd int', e)
class R:
    def __radd__(self, other): return 'radd'
    def __rmul__(self, other): return 'rmul'
print('radd wins', [1] + R(), [1] * R())

# comparisons
for x, y in [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], []), ([1, [2]], [1, [2]]), ([1, 'a'], [1, 2])]:
    for name, op in [('==', lambda p, q: p == q), ('!=', lambda p, q: p != q), ('<', lambda p, q: p < q), ('>=', lambda p, q: p >= q)]:
        show(f'{x!r} {name} {y!r}', lambda: op(x, y))
show('list vs tuple', lambda: [1] == (1,))
show('list < tuple', lambda: [1] < (1,))
nan = float('nan') if False else None
show('contains', lambda: (2 in [1, 2], 5 in [1, 2], [] in [[]], None in [0]))

# repr and recursion
r = [1, 2]
r.append(r)
print('recursive', r, [r, (r,)])
print('nested', [[[]], [(), [1, (2, [3])]]])
print('hash is None', list.__hash__ is None)
try:
    hash([])
except TypeError as e:
    print('hash', e)

# capacity growth follows CPython (visible through __sizeof__)
g = []
sizes = []
for i in range(40):
    sizes.append(g.__sizeof__())
    g.append(i)
print('append growth', sizes)
sizes = []
while g:
    g.pop()
    sizes.append(g.__sizeof__())
print('pop shrink', sizes)
print('literal', [1, 2, 3].__sizeof__(), [].__sizeof__(), list(range(10)).__sizeof__(), list(range(5)).__sizeof__(), list(x for x in range(10)).__sizeof__())
print('repeat size', ([0] * 7).__sizeof__(), [0, 1][:1].__sizeof__(), list((1, 2, 3)).__sizeof__())
e = list(range(5))
e.extend(range(3))
print('extend size', e.__sizeof__())
e.insert(0, 1)
print('insert size', e.__sizeof__())
del e[1:6]
print('del slice size', e.__sizeof__())
e[1:1] = list(range(20))
print('splice size', e.__sizeof__())
e.clear()
print('clear size', e.__sizeof__())

# iterators
it = iter([1, 2, 3])
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed([1, 2, 3])
print(type(rv).__name__, rv.__length_hint__(), next(rv), list(rv), rv.__length_hint__())
m = [1, 2]
it = iter(m)
next(it)
m.append(3)
print('live', list(it))
rv = reversed(m)
next(rv)
m.clear()
print('live rev', list(rv))
it = iter([1, 2, 3])
it.__setstate__(2)
print('setstate', list(it), it.__reduce__())
rv = reversed([1, 2, 3])
rv.__setstate__(0)
print('rev setstate', rv.__reduce__()[1:], list(rv))
