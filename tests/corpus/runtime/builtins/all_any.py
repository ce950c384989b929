# all() and any(): empty iterables, short-circuit on generators, truthiness via __bool__/__len__, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('all', lambda: [all([]), all([1, 2]), all([1, 0]), all('abc'), all(['', 'a']), all(iter([]))])
t('any', lambda: [any([]), any([0, 0.0, '']), any([0, 1]), any({0: 1}), any(x > 3 for x in range(5))])
seen = []
def g():
    for i in range(10):
        seen.append(i)
        yield i
t('short all', lambda: (all(x < 3 for x in g()), list(seen)))
seen.clear()
t('short any', lambda: (any(x == 2 for x in g()), list(seen)))
class B:
    def __bool__(self):
        raise ValueError('no truth')
t('bool raises', lambda: all([B()]))
t('non iter', lambda: any(5))
class L:
    def __len__(self):
        return 0
t('len false', lambda: any([L()]))
class BadBool:
    def __bool__(self):
        return 1
t('bad bool', lambda: all([BadBool()]))
