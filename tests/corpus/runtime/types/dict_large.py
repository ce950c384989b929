# dict with many keys: insertion order kept through resizes, deletions and re-insertions; int and str keys.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

d = {}
for i in range(1000):
    d[i * 7 % 1009] = i
print(len(d), list(d)[:10], list(d)[-5:], sum(d.values()))
for i in range(0, 1000, 2):
    del d[i * 7 % 1009]
print(len(d), list(d)[:10])
for i in range(50):
    d['s%d' % i] = i
print(len(d), list(d)[-3:], d['s10'], 7 in d, 14 in d)
e = {str(i): i for i in range(500)}
print(sum(e[str(i)] for i in range(500)), list(e)[250], list(reversed(e))[:3])
f = dict.fromkeys(range(100))
f.clear()
f[1] = 1
print(f, len({(i, i): i for i in range(300)}), {float(i): 0 for i in range(3)})
