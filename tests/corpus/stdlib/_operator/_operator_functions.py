# _operator: every operator function on ints, sequences and in-place forms; itemgetter/attrgetter/methodcaller calls.
import _operator as o
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.matmul.__doc__, o.floordiv(7, 2), o.truediv(7, 2), o.mod(7, 3), o.pow(2, 10), o.lshift(1, 5), o.rshift(64, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3))
print(o.neg(3), o.pos(-3), o.abs(-3), o.inv(5), o.invert(5), o.index(7), o.truth([]), o.not_([]), o.is_(None, None), o.is_not(1, None))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 2), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'))
l = [1]; print(o.iadd(l, [2]) is l, l, o.iconcat(l, (3,)), o.imul(l, 2), o.isub(5, 2), o.ipow(2, 3), o.ior({1}, {2}))
d = {}; o.setitem(d, 'a', 1); print(o.getitem(d, 'a')); o.delitem(d, 'a'); print(d)
print(o.call(max, 1, 5, key=lambda x: -x), o.length_hint(iter([1, 2, 3])), o.length_hint([1, 2]))
g = o.itemgetter(1); print(g([1, 2]), g((3, 4)), g('ab'), g({1: 'x'}), o.itemgetter(-1)([1, 2]), o.itemgetter(0, 2)('abc'))
class A: pass
a = A(); a.b = A(); a.b.c = 5; a.x = 1
print(o.attrgetter('b.c')(a), o.attrgetter('x', 'b.c')(a))
print(o.methodcaller('split', ',')('a,b'), o.methodcaller('bit_length')(258), o.methodcaller('to_bytes', 2, byteorder='big')(258) is not None, o.methodcaller('count', 'a', 1)('banana'))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=o.itemgetter(1, 0)))
import sys
print(type(o.itemgetter(1)).__name__, type(o.attrgetter('a')).__module__)
