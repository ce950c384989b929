# dict views: keys/values/items, set operations on keys/items, reversed, live updates, mapping attribute.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'}, k == {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c', 'd', 'e'})
print(i & {('a', 1)}, i - {('a', 1)}, k.isdisjoint({'x'}), i.isdisjoint([('a', 1)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
t('values eq', lambda: d.values() == d.values())
t('iter change', lambda: [d.__setitem__('x' + key, 0) for key in d])
t('iter delete', lambda: [d.pop(key) for key in d])
t('keys hash', lambda: hash(d.keys()))
t('items unhashable value', lambda: {'a': [1]}.items() & {('a', 1)})
t('keys and list', lambda: d.keys() & ['a', 'q'])
t('sorted keys', lambda: sorted(d.keys(), reverse=True))
t('keys repr empty', lambda: ({}.keys(), {}.values(), {}.items()))
t('contains unhashable', lambda: [1] in d.keys())
t('items contains unhashable', lambda: ('a', [1]) in d.items())
e = {'x': 1}
it = iter(e.items())
e['y'] = 2
t('changed size', lambda: next(it))
