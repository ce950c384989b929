# list.sort and sorted: keys, reverse, stability, mixed types errors, key errors, mutation during sort.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'elder', 'Cherry']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 1), ('f', 3), ('g', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
nums = [5, -3, 2.5, 0, -0.0, 10**20, 7, True, -1.5]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(s), sum(s))
print(sorted(range(20), key=lambda x: x % 3))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t('mixed', lambda: sorted([1, 'a', 2]))
t('none', lambda: sorted([None, None]))
t('none mixed', lambda: sorted([1, None]))
t('key error', lambda: sorted([1, 2], key=lambda x: 1 / 0))
t('positional key', lambda: [3, 1].sort(len))
t('sorted no args', lambda: sorted())
t('sorted kw iterable', lambda: sorted(iterable=[1]))
t('cmp arg', lambda: sorted([1], cmp=None))
def mutate():
    a = [3, 2, 1]
    def key(x):
        a.append(x)
        return x
    a.sort(key=key)
t('mutate', mutate)
t('sort returns', lambda: [2, 1].sort())
t('tuples', lambda: sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'K({self.v})'
t('custom lt', lambda: sorted([K(3), K(1), K(2)]))
t('nan', lambda: sorted([3, float('nan'), 1, 2]))
t('strings unicode', lambda: sorted(['é', 'e', 'z', 'É', 'ß', 'a']))
t('reverse stable', lambda: sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda p: p[0], reverse=True))
