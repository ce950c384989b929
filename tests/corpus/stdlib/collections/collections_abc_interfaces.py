# collections.abc: the ABCs' mixin methods on minimal implementations (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet), isinstance of builtins, registration and structural checks.
import collections.abc as cabc
class Seq(cabc.Sequence):
    def __init__(self, *d): self.d = list(d)
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = Seq(3, 1, 3, 2); print(list(s), 3 in s, s.index(3), s.count(3), list(reversed(s)), s.index(2, 1))
try: s.index(9)
except ValueError as e: print(type(e).__name__, e)
class MSeq(cabc.MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
m = MSeq(); m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); print(m.d, m.pop(), m.pop(0), m.d); m.remove(2); print(m.d); m.clear(); print(m.d)
class Map(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mp = Map(a=1, b=2); print(mp.get('a'), mp.get('z', 0), 'b' in mp, list(mp.keys()), list(mp.values()), list(mp.items()), mp == {'a': 1, 'b': 2}, mp.keys() & {'a'}, repr(mp.keys())[:20])
class MMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MMap(); mm.update({'x': 1}, y=2); print(mm.setdefault('z', 3), mm.pop('x'), mm.pop('q', 'dflt'), sorted(mm.d.items()), mm.popitem(), len(mm))
try: mm.pop('missing')
except KeyError as e: print(type(e).__name__, e)
class S(cabc.Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
a, b = S([1, 2, 3]), S([2, 3, 4]); print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 5]), a == S([3, 2, 1]), a.isdisjoint(S([9])), type(a & b).__name__)
class MS(cabc.MutableSet, S):
    def add(self, x):
        if x not in self.d: self.d.append(x)
    def discard(self, x):
        if x in self.d: self.d.remove(x)
ms = MS([1, 2]); ms |= {5}; ms -= {1}; print(sorted(ms)); ms.remove(2); print(sorted(ms), ms.pop() in (5,))
try: ms.remove(42)
except KeyError as e: print(type(e).__name__, e)
for obj in [[], (), {}, set(), frozenset(), '', b'', range(1), iter([]), (x for x in []), dict().keys(), memoryview(b''), 1, len]:
    print(type(obj).__name__, [n for n in ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence', 'Mapping', 'Set', 'Hashable', 'Callable', 'Reversible', 'ByteString'] if isinstance(obj, getattr(cabc, n))])
try: Seq.__abstractmethods__ and cabc.Sequence()
except TypeError as e: print(type(e).__name__, e)
print(sorted(cabc.MutableMapping.__abstractmethods__), cabc.Awaitable.__abstractmethods__, issubclass(type(lambda: 0), cabc.Callable))
