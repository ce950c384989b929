# Calls of builtin methods through LOAD_METHOD (the VM calls the method descriptor's function directly):
# each arity form, their errors, a subclass override, and the recursion check those calls keep.
a = []; a.append(1); print(a, a.pop(), a)
d = {'x': 1}; print(d.get('x'), d.get('y', 5), d.keys(), d.setdefault('z', 3))
try: a.append()
except TypeError as e: print(e)
try: a.append(1, 2)
except TypeError as e: print(e)
try: a.append(x=1)
except TypeError as e: print(e)
try: list.append(1, 2)
except TypeError as e: print(e)
try: list.append()
except TypeError as e: print(e)
print(list.append(a, 7), a, str.upper('abc'), 'a,b'.split(','), ','.join(['x', 'y']), 'abc'.replace('b', 'B', 1))
s = set(); s.add(3); print(s, sorted({3, 1, 2}), [3, 1].sort(key=lambda x: x, reverse=True))
class L(list):
    def append(self, x): print('sub append', x); super().append(x)
l = L(); l.append(4); print(l)
import sys
def rec(n):
    return [].append(rec(n + 1))
try: rec(0)
except RecursionError as e: print('RecursionError', e)
