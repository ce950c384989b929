# generator.close: GeneratorExit at the yield, finally blocks run, yielding during close is RuntimeError, close on fresh/finished.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = with_finally()
next(g)
print(g.close(), g.gi_frame)
print(g.close())
t('next after close', lambda: next(g))
fresh = with_finally()
fresh.close()
print('fresh closed without cleanup')
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
g2 = catches_exit()
next(g2)
g2.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
g3 = ignores_exit()
next(g3)
t('yield in close', lambda: g3.close())
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
g4 = returns_on_exit()
next(g4)
print(g4.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError('from close')
g5 = raises_other()
next(g5)
t('other exception in close', lambda: g5.close())
