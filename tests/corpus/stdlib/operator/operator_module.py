# operator: itemgetter/attrgetter/methodcaller (reprs, pickling, multi-key sorting), in-place ops, index/length_hint, call, the dunder aliases.
import operator as op, pickle
rows = [{'n': 'b', 'a': 3}, {'n': 'a', 'a': 3}, {'n': 'c', 'a': 1}]
print(sorted(rows, key=op.itemgetter('a', 'n')), op.itemgetter(1)('abc'), op.itemgetter(0, -1)('xyz'), op.itemgetter(slice(1, 3))([0, 1, 2, 3]))
class P:
    def __init__(self, x, y): self.x, self.y, self.pos = x, y, self
    def dist(self, k=1): return (abs(self.x) + abs(self.y)) * k
print(op.attrgetter('x')(P(1, 2)), op.attrgetter('x', 'y')(P(3, 4)), op.attrgetter('pos.pos.y')(P(5, 6)), op.methodcaller('dist', k=10)(P(1, -2)), op.methodcaller('split', ',', 1)('a,b,c'))
print(repr(op.itemgetter(1, 'a')), repr(op.attrgetter('a.b', 'c')), repr(op.methodcaller('m', 1, k=2)))
print(pickle.loads(pickle.dumps(op.itemgetter(2)))('abc'), pickle.loads(pickle.dumps(op.attrgetter('real')))(3), pickle.loads(pickle.dumps(op.methodcaller('upper')))('q'))
for bad in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter('nope')(1), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.itemgetter(), lambda: op.index(1.5), lambda: op.length_hint(1, 'x'), lambda: op.concat(1, 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
l = [1]; print(op.iadd(l, [2]) is l, l, op.iconcat('a', 'b'), op.imul([0], 3), op.ipow(2, 10), op.ior({1}, {2}), op.imatmul if False else '')
print(op.index(True), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7), op.call(max, 1, 5), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.neg(5), op.pos(-5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(64, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.abs(-2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(2, 1), op.contains([1], 1), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem({'k': 'v'}, 'k'))
d = {}; op.setitem(d, 'a', 1); op.delitem(d, 'a'); print(d, op.__add__ is op.add, op.__lt__(1, 2), sorted(n for n in dir(op) if not n.startswith('_'))[:10])
try: op.indexOf([1], 2)
except ValueError as e: print(type(e).__name__, e)
print(op.matmul.__name__, op.itemgetter.__module__, op.attrgetter.__name__, op._abs if hasattr(op, '_abs') else 'no _abs')
