# pprint: pformat of nested containers (width, indent, depth, compact, sort_dicts, underscore_numbers), recursion, isreadable/isrecursive, PrettyPrinter, dataclasses.
import pprint, collections, dataclasses, types
data = {'name': 'Kaa', 'list': list(range(30)), 'nested': {'a': [1, {'b': (2, 3, {'c': 'deep' * 5})}], 'z': None}, 'set': {3, 1, 2},
        'fs': frozenset({'x'}), 'long string': 'word ' * 25, 'bytes': b'\x00\x01' * 20, 'tuple1': (1,), 'empty': [[], {}, (), set()]}
pprint.pprint(data)
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data, indent=4, compact=True, sort_dicts=False, width=60))
print(pprint.pformat({'big': 12345678901, 'f': 1.5e20}, underscore_numbers=True), pprint.pformat(list(range(100)), compact=True, width=50))
r = [1, 2]; r.append(r); d = {'self': None}; d['self'] = d; print(pprint.pformat(r), pprint.pformat(d), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr(r), pprint.saferepr({'b': 1, 'a': 2}))
od = collections.OrderedDict((str(i), i) for i in range(12)); print(pprint.pformat(od, width=50))
dd = collections.defaultdict(list, {'k': list(range(25))}); print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.Counter('mississippi'), width=30), pprint.pformat(collections.deque(range(20), maxlen=30), width=40), pprint.pformat(collections.ChainMap({'a': 1}, {'b': list(range(20))}), width=40))
@dataclasses.dataclass
class Cfg:
    name: str
    values: list
    inner: dict = dataclasses.field(default_factory=dict)
print(pprint.pformat(Cfg('x' * 20, list(range(15)), {'k': 'v' * 30}), width=50))
print(pprint.pformat(types.SimpleNamespace(a=1, b=list(range(30))), width=40), pprint.pformat(types.MappingProxyType({'m': list(range(20))}), width=40))
pp = pprint.PrettyPrinter(width=20, depth=1); print(pp.pformat([[1, [2]], {'a': {'b': 1}}]), pp.isreadable([1]))
print(pprint.pformat('a' * 100, width=30)); print(pprint.pformat(b'abc' * 30, width=30)); print(pprint.pformat(bytearray(b'xy' * 30), width=30))
import io; s = io.StringIO(); pprint.pprint([1, 2], stream=s); pprint.pp({'z': 1, 'a': 2}, stream=s); print(repr(s.getvalue()))
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print(type(e).__name__, e)
try: pprint.PrettyPrinter(width=0)
except ValueError as e: print(type(e).__name__, e)
print(pprint.pformat({(1, 2): 'tuple key', 3: 'int', 'b': 'str'}), pprint.pformat({1.5: 'a', 1: 'b', None: 'c'}))
