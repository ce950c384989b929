# dict: popitem LIFO order, update order, setdefault insertion, copy independence, keys() order after deletes and reinserts.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

d = {}
for k in 'hello world':
    d.setdefault(k, len(d))
print(d, list(d.values()))
print(d.popitem(), d.popitem(), list(d))
d.update({'z': 0, 'h': 99})
print(list(d.items()))
del d['e']
d['e'] = 'back'
print(list(d))
c = d.copy()
c['new'] = 1
print('new' in d, len(c) - len(d))
nested = {'a': [1]}
shallow = nested.copy()
shallow['a'].append(2)
print(nested)
print(dict(sorted(d.items(), key=lambda kv: str(kv[1]))))
print({k: v for k, v in reversed(list(d.items()))} == d, list(reversed(d)) == list(d)[::-1])
