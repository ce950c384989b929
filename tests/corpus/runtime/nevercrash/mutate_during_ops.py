# containers mutated by callbacks during sort, comparison, iteration and repr: errors or consistent results, never a crash.
items = [3, 1, 2]
def key(v):
    items.clear()
    return v
try:
    items.sort(key=key)
    print('sorted', items)
except ValueError as e:
    print('ValueError', e)
class Evil:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    __hash__ = object.__hash__
lst = []
lst.extend([Evil(lst), Evil(lst), 1])
print(1 in lst, len(lst))
d = {}
class EvilKey:
    def __hash__(self):
        return 5
    def __eq__(self, o):
        d.clear()
        return False
d[EvilKey()] = 1
d[EvilKey()] = 2
print(len(d) <= 2)
class ReprMutates:
    def __repr__(self):
        container.append(0) if len(container) < 10 else None
        return 'R'
container = [ReprMutates()]
print(repr(container)[:10])
print('done')
