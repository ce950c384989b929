# decorators with arguments and state: counting calls, memoization, preserving attributes by hand, class method decorators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@repeat(3)
def hello(name):
    'say hello'
    return 'hi ' + name
print(hello('kaa'), hello.__name__, hello.__doc__, hello.__wrapped__('x'))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
class K:
    @counted
    def m(self):
        return 'm'
    @staticmethod
    @counted
    def s():
        return 's'
k = K()
k.m(); k.m(); K.s()
print(K.m.calls, K.s.calls)
