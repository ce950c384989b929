# truth testing in every context: if, while, and/or/not, conditional expressions, assert, comprehensions filters, filter(None), all/any.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        log.append(self.v)
        return self.v
x = T(False)
if x:
    pass
while T(False):
    pass
not T(True)
T(True) and T(False)
T(False) or T(True)
'a' if T(True) else 'b'
[i for i in range(1) if T(False)]
list(filter(None, [T(True), T(False)]))
all([T(True), T(False), T(True)])
any([T(False), T(True), T(False)])
assert T(True)
print(log)
