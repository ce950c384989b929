# for loops over the iterators the VM treats specially (range, list, generators, dict items and
# enumerate unpacked into two targets), a StopIteration subclass ending a loop, and an iterator whose
# class loses __next__ while it is iterated.
class MyStop(StopIteration):
    pass

class CountTo3:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise MyStop
        return self.n

for x in CountTo3():
    print('custom', x)
print([x for x in CountTo3()])

d = {'a': 1, 'b': 2, 'c': 3}
for k, v in d.items():
    print('item', k, v)
for i, c in enumerate('xyz', 5):
    print('enum', i, c)
for i, (k, v) in enumerate(d.items()):
    print('nested', i, k, v)
for k, v in {}.items():
    print('never')
for a, b in [(1, 2), (3, 4)]:
    print('pairs', a, b)
for a, b in zip('ab', 'cd'):
    print('zip', a, b)
try:
    for k, v in d.items():
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for k, v in enumerate([1, 2, 3]), :
        pass
except ValueError as e:
    print('ValueError:', e)
try:
    for a, b, c in {'k': 1}.items():
        pass
except ValueError as e:
    print('ValueError:', e)

def pairs():
    yield 1, 2
    yield 3, 4
for a, b in pairs():
    print('gen', a, b)

class Fails:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError('boom')
try:
    for k, v in enumerate(Fails()):
        pass
except KeyError as e:
    print('KeyError:', e)

class BadIterator:
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1
try:
    for i in BadIterator():
        print('bad', i)
except TypeError as e:
    print('TypeError:', e)

big = {i: i * i for i in range(1000)}
print(sum(k + v for k, v in big.items()), sum(i * v for i, v in enumerate(big.values())))
