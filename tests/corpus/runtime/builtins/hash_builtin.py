# hash(): dispatch to __hash__, __hash__ = None, bad return types, big return values reduced.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class H:
    def __hash__(self):
        return 42
class Big:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
class BadH:
    def __hash__(self):
        return 'x'
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o):
        return True
class BoolHash:
    def __hash__(self):
        return True
t('custom', lambda: hash(H()))
t('big', lambda: hash(Big()))
t('neg one', lambda: hash(NegOne()))
t('bad', lambda: hash(BadH()))
t('none', lambda: hash(NoHash()))
t('eq only', lambda: hash(EqOnly()))
t('eq only attr', lambda: EqOnly.__hash__)
t('bool', lambda: hash(BoolHash()))
t('int subclass', lambda: hash(type('I', (int,), {})(5)))
t('in set', lambda: {H(), H()} and len({H(), H()}))
t('no args', lambda: hash())
