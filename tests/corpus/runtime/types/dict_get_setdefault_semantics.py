# dict.get/setdefault/pop with default values and hash/eq interplay: defaults not inserted by get, inserted by setdefault.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

d = {}
print(d.get('a'), d.get('a', []), d)
v = d.setdefault('a', [])
v.append(1)
print(d, d.setdefault('a', 'ignored'), d.pop('a'), d.pop('a', 'gone'), d)
counts = {}
for w in 'the cat the hat the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
