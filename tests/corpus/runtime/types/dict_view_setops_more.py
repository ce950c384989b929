# dict view set operations returning sets, comparisons with sets, views of dict subclasses, isdisjoint with generators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'w': 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(type(a.keys() & b.keys()).__name__, a.keys() == {'x', 'y', 'z'}, a.keys() != set(), a.keys() <= {'x', 'y', 'z', 'q'}, a.keys() > {'x'})
print(sorted(a.items() & {('x', 1), ('y', 3)}), ('x', 1) in a.items(), a.items() == {('x', 1), ('y', 2), ('z', 3)})
print(a.keys().isdisjoint(k for k in 'abc'), a.keys().isdisjoint(iter('xq')))
print(sorted({'k': 1}.keys() | ['list', 'items']), sorted(['x', 'q'] & a.keys()) if False else sorted(set(['x', 'q']) & a.keys()))
class D(dict):
    pass
d = D(p=1)
print(type(d.keys()).__name__, d.keys() | {'q'} == {'p', 'q'})
