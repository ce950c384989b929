# reflected operators: tried only for different types, subclass reflected first only if it overrides, results for mixed builtin/user operands.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class A:
    def __add__(self, o):
        log.append('A.add')
        return NotImplemented
    def __radd__(self, o):
        log.append('A.radd')
        return 'A.radd'
class B(A):
    pass
class C(A):
    def __radd__(self, o):
        log.append('C.radd')
        return 'C.radd'
def run(expr):
    log.clear()
    try:
        r = expr()
    except TypeError as e:
        r = 'TypeError: ' + str(e)
    print(r, log)
run(lambda: A() + A())
run(lambda: A() + B())
run(lambda: A() + C())
run(lambda: 1 + A())
run(lambda: A() + 1)
run(lambda: [1] + A())
run(lambda: 'x' + C())
