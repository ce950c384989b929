# with: __enter__/__exit__ order, exception suppression, multiple managers, as-targets, exit on return/break, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s %s %s' % (self.name, et.__name__ if et else None, ev, tb is not None))
        return self.suppress
with CM('a') as v:
    log.append('body ' + v)
print(log); log.clear()
with CM('a') as x, CM('b') as y:
    log.append(x + y)
print(log); log.clear()
with CM('s', suppress=True):
    raise ValueError('suppressed')
print(log); log.clear()
try:
    with CM('n'):
        raise KeyError('kept')
except KeyError as e:
    log.append('caught ' + repr(e))
print(log); log.clear()
def ret():
    with CM('r'):
        return 'value'
print(ret(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
print(log); log.clear()
with CM('tu') as (p, q):
    pass
print(p, q)
with (CM('paren1') as a1, CM('paren2') as a2):
    pass
print(log, a1, a2); log.clear()
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
def use(obj):
    with obj:
        return 'inside'
t('no enter', lambda: use(NoEnter()))
t('no exit', lambda: use(NoExit()))
t('not cm', lambda: use(5))
class EnterRaises:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        log.append('exit should not run')
t('enter raises', lambda: use(EnterRaises()))
print(log)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
def exit_raise():
    with ExitRaises():
        raise ValueError('body')
try:
    exit_raise()
except RuntimeError as e:
    print('exit raised', e, 'context', repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 'yes'
with Truthy():
    raise ValueError
print('truthy suppress')
