# runaway recursion through builtin functions and types: RecursionError with the message of the check
# CPython trips first (C calls, comparisons, frames), and the interpreter recovers.
def run(label, fn):
    try:
        fn()
        print(label, 'no error')
    except RecursionError as e:
        print(label, 'RecursionError', e)

def via_range(n):
    return [via_range(n + 1) for _ in range(1)]
def via_list_map(n):
    return list(map(via_list_map, [n + 1]))
def via_sorted_key(n):
    return sorted([n], key=via_sorted_key)
def via_tuple(n):
    return tuple(via_tuple(n + 1) for _ in 'a')
def via_divmod(n):
    return divmod(via_divmod(n + 1), 1)
def via_max(n):
    return max(via_max(n + 1), 0)
def via_getattr(n):
    return getattr(via_getattr(n + 1), 'x')
class Init:
    def __init__(self):
        Init()
class Len:
    def __len__(self):
        return len(self)
class Hash:
    def __hash__(self):
        return hash(self)
class Iter:
    def __iter__(self):
        return iter(self)
class Abs:
    def __abs__(self):
        return abs(self)
for label, fn in [('range', lambda: via_range(0)), ('list map', lambda: via_list_map(0)),
                  ('sorted key', lambda: via_sorted_key(0)), ('tuple genexp', lambda: via_tuple(0)),
                  ('divmod', lambda: via_divmod(0)), ('max', lambda: via_max(0)),
                  ('getattr', lambda: via_getattr(0)), ('init', Init), ('len', lambda: len(Len())),
                  ('hash', lambda: hash(Hash())), ('iter', lambda: iter(Iter())), ('abs', lambda: abs(Abs()))]:
    run(label, fn)
print('recovered', sum(range(5)))
