# annotated assignment: module/class __annotations__, annotations without value, evaluation of annotations, in functions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x: int = 5
y: 'str'
z: list[int] = []
print(x, __annotations__)
t('y unbound', lambda: y)
class C:
    a: int
    b: str = 'b'
    c: 'forward' = 3
print(C.__annotations__, C.b, hasattr(C, 'a'))
def f():
    local: int = 1
    other: str
    return local, f.__annotations__
print(f())
def g(a: int, b: 'x' = 2, *args: str, k: float = 1.0, **kw: bool) -> None:
    pass
print(g.__annotations__)
order = []
def ann(v):
    order.append(v)
    return v
w: ann('ann1') = ann('value1')
obj = type('O', (), {})()
obj.attr: ann('attr ann') = 1
d = {}
d['k']: ann('sub ann') = 2
print(order, obj.attr, d, 'w' in __annotations__)
