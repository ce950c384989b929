# expression statements and evaluation order: function call arguments left to right, dict display order, operands of binary ops.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), **{'z': v(4)})
print(log); log.clear()
{v('k1'): v('v1'), v('k2'): v('v2')}
print(log); log.clear()
v(1) + v(2) * v(3)
print(log); log.clear()
[v('a'), v('b')][v(0)]
print(log); log.clear()
v('obj') if v('cond') else v('else')
print(log); log.clear()
x = [v('l1'), v('l2')]
x[v(0)] = v('rhs')
print(log); log.clear()
v(10) < v(20) < v(5) < v(99)
print(log); log.clear()
(v('a') and v('')) or v('c')
print(log); log.clear()
