# __format__, __repr__, __str__: defaults and fallbacks, str() falling back to __repr__, format with specs, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class R:
    def __repr__(self):
        return 'R-repr'
class S:
    def __str__(self):
        return 'S-str'
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(str(R()), repr(R()), str(S()) , repr(S()).startswith('<__main__.S object at 0x'), format(R()), f'{R()}', f'{R()!r}', f'{S()!s}')
print(format(F(), 'spec'), f'{F():>10}', '{0:x}'.format(F()), str(fobj := F()) == repr(fobj))
t('object format spec', lambda: format(R(), '>10'))
class BadStr:
    def __str__(self):
        return None
class BadRepr:
    def __repr__(self):
        return b'bytes'
t('bad str', lambda: str(BadStr()))
t('bad repr', lambda: repr(BadRepr()))
t('bad repr via str', lambda: str(BadRepr()))
t('print bad', lambda: print(BadStr()))
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub('sub')
    def __repr__(self):
        return StrSub('subrepr')
t('str subclass result', lambda: (type(str(ReturnsSub())).__name__, type(repr(ReturnsSub())).__name__))
class IntFmt(int):
    def __format__(self, spec):
        return 'IntFmt:' + spec
print(f'{IntFmt(5):d}', format(IntFmt(5)), str(IntFmt(5)), '%d' % IntFmt(5))
class Both:
    def __str__(self):
        return 'both-str'
    def __repr__(self):
        return 'both-repr'
print(Both(), [Both()], (Both(),), {Both()}, {'k': Both()}, '%s %r' % (Both(), Both()), '{} {!r}'.format(Both(), Both()))
