# The C OrderedDict under change: mutation during iteration, subclasses overriding the item methods,
# draining from both ends, and an LRU cache built on move_to_end.
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


def add_during():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od['z'] = 1


def delete_during():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        del od['a']


def move_during():
    od = OrderedDict.fromkeys('abcde')
    for i, k in enumerate(od):
        od.move_to_end(k)


def values_during():
    od = OrderedDict.fromkeys('abc', 0)
    for k in od.values():
        od.popitem()


def replace_values():
    od = OrderedDict.fromkeys('abc', 0)
    for k in od:
        od[k] = k * 2
    return od


def reversed_during():
    od = OrderedDict.fromkeys('abc', 0)
    for k in reversed(od):
        od.move_to_end(k, last=False)


attempt("add", add_during)
attempt("delete", delete_during)
attempt("move", move_during)
attempt("values popitem", values_during)
attempt("replace values", replace_values)
attempt("reversed move", reversed_during)

od = OrderedDict.fromkeys('abcde')
with_errors = []
for attempt_no in range(3):
    try:
        for k in od:
            if attempt_no == 0:
                od.move_to_end(k)
            elif attempt_no == 1:
                od['f'] = None
            else:
                del od['c']
    except RuntimeError as e:
        with_errors.append(str(e))
print(with_errors, list(od))


class Logged(OrderedDict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.log.append(('set', key))
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self.log.append(('get', key))
        return super().__getitem__(key)

    def __delitem__(self, key):
        self.log.append(('del', key))
        super().__delitem__(key)


lg = Logged([('a', 1)], b=2)
lg.update({'c': 3}, d=4)
lg.setdefault('e', 5)
lg.setdefault('a', 0)
print(lg.pop('a'), lg.popitem(), lg.popitem(last=False))
print(lg, lg.log)
cp = lg.copy()
print(type(cp).__name__, cp, cp.log)


class Missing(OrderedDict):
    def __missing__(self, key):
        return 'missing'


m = Missing(a=1)
print(m['zz'], m.pop('b', 5), m.pop('a', 6), m.setdefault(5, 9), m)


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        while len(self) > self.size:
            self.popitem(last=False)


cache = LRU(3)
for i in range(6):
    cache[i] = i * i
    if i % 2:
        cache[i - 1]
print(cache, list(cache.items()))

drain = OrderedDict((i, str(i)) for i in range(100))
front = [drain.popitem(last=False)[0] for _ in range(40)]
back = [drain.popitem()[0] for _ in range(40)]
print(front[:5], back[:5], list(drain))
for i in range(100, 130):
    drain[i] = i
    drain.move_to_end(drain.popitem(last=False)[0] if False else i, last=bool(i % 2))
print(list(drain))
