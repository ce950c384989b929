# _operator: argument errors, concat/countOf/indexOf/length_hint/_compare_digest errors, getter reprs and pickling.
import _operator as o
tests = [lambda: o.call(), lambda: o.add(1), lambda: o.add(1,b=2), lambda: o.length_hint([], 'x'), lambda: o.length_hint(5), lambda: o.length_hint(5, 3), lambda: o.concat(1,2), lambda: o.concat([1],(2,)), lambda: o.iconcat(1,[2]),
 lambda: o.countOf(1,2), lambda: o.indexOf([1],2), lambda: o._compare_digest('a', b'a'), lambda: o._compare_digest('é','é'), lambda: o._compare_digest(b'ab', b'ab'), lambda: o._compare_digest(1, 2), lambda: o._compare_digest('abc', 'abd'), lambda: o.itemgetter(), lambda: o.itemgetter(1)(), lambda: o.itemgetter(1)([1], x=1),
 lambda: o.attrgetter(1), lambda: o.attrgetter(), lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.attrgetter('a')(1), lambda: o.attrgetter('a.b')(1),
 lambda: o.methodcaller('x', 1, k=2), lambda: o.methodcaller('x')(1, 2), lambda: o.truth(), lambda: o.setitem(1,2), lambda: o.contains(1, 2), lambda: o.index(1.5), lambda: o.itemgetter(1, x=2), lambda: o.attrgetter('a', x=2), lambda: o.is_(1), lambda: o.not_(1,2),
 lambda: repr(o.itemgetter(1)), lambda: repr(o.itemgetter(1,'a')), lambda: repr(o.attrgetter('a.b','c')), lambda: repr(o.attrgetter('a')), lambda: repr(o.methodcaller('f', 1, k='v')), lambda: o.methodcaller('f', 1, k='v').__reduce__(), lambda: o.attrgetter('a.b','c').__reduce__(), lambda: o.itemgetter(1,2).__reduce__(), lambda: o.itemgetter(1).__reduce__(), lambda: o.methodcaller('f', 1).__reduce__()]
for t in tests:
  try: print(t() if callable(t) else t)
  except Exception as e: print(type(e).__name__, e)
