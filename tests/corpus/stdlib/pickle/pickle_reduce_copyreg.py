# pickle and copy: __reduce__, __reduce_ex__, __getstate__/__setstate__, __getnewargs(_ex)__, __slots__, copyreg.pickle, dispatch_table, persistent ids.
import pickle, copy, copyreg, io
class Temp:
    def __init__(self, c): self.c = c; self.cache = 'transient'
    def __getstate__(self): s = self.__dict__.copy(); del s['cache']; return s
    def __setstate__(self, s): self.__dict__.update(s); self.cache = 'rebuilt'
    def __repr__(self): return f'Temp({self.c}, {self.cache})'
for proto in (0, 1, 2, 4, 5): print(proto, pickle.loads(pickle.dumps(Temp(21), proto)))
print(copy.copy(Temp(1)), copy.deepcopy(Temp(2)))
class Red:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce__(self): return (Red, (self.a, self.b * 10))
    def __repr__(self): return f'Red({self.a}, {self.b})'
print(pickle.loads(pickle.dumps(Red(1, 2))), copy.copy(Red(3, 4)), copy.deepcopy(Red(5, 6)))
class NA(int):
    def __new__(cls, v, tag): o = super().__new__(cls, v); o.tag = tag; return o
    def __getnewargs__(self): return (int(self), self.tag)
n = pickle.loads(pickle.dumps(NA(7, 'seven'), 2)); print(n, n.tag, type(n).__name__)
class KW:
    def __new__(cls, *, k): o = super().__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return ((), {'k': self.k})
print(pickle.loads(pickle.dumps(KW(k=3), 4)).k, copy.copy(KW(k=4)).k)
try: pickle.dumps(KW(k=1), 1)
except Exception as e: print(type(e).__name__, e)
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
for proto in (0, 2, 4):
    try: s = pickle.loads(pickle.dumps(Sl(), proto)); print(proto, s.a, hasattr(s, 'b'))
    except Exception as e: print(proto, type(e).__name__, e)
print(Sl().__reduce_ex__(2)[0].__name__, Sl().__getstate__(), Temp(1).__reduce_ex__(2)[0].__name__)
class Complexish:
    def __init__(self, r, i): self.r, self.i = r, i
def reduce_c(c): return (Complexish, (c.r, c.i + 100))
copyreg.pickle(Complexish, reduce_c)
c2 = pickle.loads(pickle.dumps(Complexish(1, 2))); print(c2.r, c2.i, copy.copy(Complexish(0, 0)).i)
class Plain:
    def __init__(self, v): self.v = v
buf = io.BytesIO(); p = pickle.Pickler(buf); p.dispatch_table = {Plain: lambda o: (Plain, (o.v * 2,))}; p.dump(Plain(4)); print(pickle.loads(buf.getvalue()).v)
class DB(pickle.Pickler):
    def persistent_id(self, obj): return int(obj[3:]) if isinstance(obj, str) and obj.startswith('db:') else None
class DBU(pickle.Unpickler):
    def persistent_load(self, pid): return f'loaded {pid}'
buf = io.BytesIO(); DB(buf, 2).dump(['db:1', 'plain', {'x': 'db:2'}]); buf.seek(0); print(DBU(buf).load())
class Finder(pickle.Unpickler):
    def find_class(self, mod, name):
        if mod == 'builtins' and name in ('set', 'frozenset'): return super().find_class(mod, name)
        raise pickle.UnpicklingError(f'forbidden {mod}.{name}')
print(Finder(io.BytesIO(pickle.dumps({1, 2}))).load())
try: Finder(io.BytesIO(pickle.dumps(Temp(1)))).load()
except pickle.UnpicklingError as e: print(type(e).__name__, e)
orig = {'l': [1, [2, 3]], 't': ([4],), 's': 'x'}; sh = copy.copy(orig); dp = copy.deepcopy(orig)
print(sh['l'] is orig['l'], dp['l'] is orig['l'], dp['l'][1] is orig['l'][1], dp == orig, dp['t'][0] is orig['t'][0])
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy([1]) is not None, copy.deepcopy((1, [2]))[1] is not t)
class CC:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return ('custom deep', len(memo) >= 0)
print(copy.copy(CC()), copy.deepcopy(CC()), copy.deepcopy([CC()]))
r = [1]; r.append(r); d = copy.deepcopy(r); print(d[1] is d, d is not r)
print(copy.replace if hasattr(copy, 'replace') else 'no replace', copyreg.__newobj__.__name__, copyreg._reconstructor.__name__)
try: copy.deepcopy(iter([1]))
except TypeError as e: print(type(e).__name__, e)
print(copy.copy(iter([1, 2])).__class__.__name__ if False else '', copy.deepcopy(len) is len, copy.copy(Red) is Red)
