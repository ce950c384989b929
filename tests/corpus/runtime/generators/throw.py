# generator.throw: exceptions raised at the yield, caught inside and continuing, uncaught propagating, legacy 3-arg signature, on a fresh generator.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def resilient():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('handled inside:', e)
            yield 'recovered'
g = resilient()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
t('uncaught', lambda: g.throw(KeyError('not handled')))
t('after uncaught', lambda: next(g))
def simple():
    yield 1
t('fresh throw', lambda: simple().throw(RuntimeError('before start')))
g2 = simple()
next(g2)
t('throw class', lambda: g2.throw(TypeError))
g3 = simple()
next(g3)
t('throw 3 args', lambda: g3.throw(ValueError, ValueError('v'), None))
g4 = simple()
next(g4)
t('throw non exception', lambda: g4.throw(5))
def finally_gen():
    try:
        yield 1
    finally:
        print('finally ran')
g5 = finally_gen()
next(g5)
t('throw through finally', lambda: g5.throw(IndexError('ix')))
def yields_in_except():
    try:
        yield 'try'
    except Exception:
        yield 'except'
        yield 'still in except'
g6 = yields_in_except()
print(next(g6), g6.throw(Exception), next(g6))
