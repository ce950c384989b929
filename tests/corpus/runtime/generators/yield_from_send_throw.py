# yield from: send to a subiterator without send (AttributeError), throw into plain iterators, nested delegation depth.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def over_list():
    yield from [1, 2, 3]
g = over_list()
next(g)
t('send non-None to list iterator', lambda: g.send('x'))
g2 = over_list()
next(g2)
t('throw into list iterator', lambda: g2.throw(ValueError('v')))
def level(n):
    if n == 0:
        got = yield 'bottom'
        return 'bottom got ' + str(got)
    r = yield from level(n - 1)
    return r + ' <' + str(n)
g3 = level(5)
print(next(g3))
try:
    g3.send('deep value')
except StopIteration as e:
    print(e.value)
class Custom:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('custom done')
        return self.n
    def send(self, v):
        return 'custom send ' + repr(v)
def deleg():
    r = yield from Custom()
    yield 'result ' + repr(r)
d = deleg()
print(next(d), d.send('s'), next(d), next(d))
