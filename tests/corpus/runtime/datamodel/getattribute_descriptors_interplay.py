# object.__getattribute__ algorithm step by step: data descriptor on type, instance dict, non-data descriptor, class attribute, __getattr__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class DataD:
    def __get__(self, o, t):
        log.append('data get')
        return 'data'
    def __set__(self, o, v):
        log.append('data set')
class NonDataD:
    def __get__(self, o, t):
        log.append('nondata get')
        return 'nondata'
class C:
    d = DataD()
    n = NonDataD()
    plain = 'class plain'
    def __getattr__(self, name):
        log.append('getattr ' + name)
        return 'fallback'
c = C()
c.__dict__.update(d='inst d', n='inst n', plain='inst plain')
print(c.d, c.n, c.plain, c.missing, log)
log.clear()
del c.__dict__['n'], c.__dict__['plain']
print(c.n, c.plain, log)
log.clear()
c.d = 5
c.n = 6
print(c.__dict__, log)
