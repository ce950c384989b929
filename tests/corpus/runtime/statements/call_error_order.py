# which TypeError a bad call reports first: keyword errors before too many positionals, as CPython binds.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def none(): pass
def one(a): pass
def kwonly(*, k): pass
def posonly(a, /, b): pass
def defaults(a, b=1, *, c=2): pass
t('unexpected beats too many', lambda: none(1, 2, q=3))
t('multiple values beats too many', lambda: one(1, 2, a=3))
t('unexpected with one', lambda: one(1, 2, z=3))
t('too many with kwonly given', lambda: kwonly(1, k=2))
t('too many with kwonly given twice', lambda: kwonly(1, 2, k=2))
t('posonly as keyword', lambda: posonly(1, 2, 3, a=1))
t('defaults too many', lambda: defaults(1, 2, 3))
t('defaults too many kw', lambda: defaults(1, 2, 3, c=4))
t('defaults bad kw', lambda: defaults(1, 2, 3, d=4))
t('missing', lambda: defaults())
t('lambda', lambda: (lambda: 0)(1, x=2))
class C:
    def m(self, a): pass
t('method', lambda: C().m(1, 2, b=3))
t('method multiple', lambda: C().m(1, 2, a=3))
