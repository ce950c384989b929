# `o.x is None` / `is not None` deciding a jump and `v = o.x` stored straight into a local (fused in the VM):
# slots, instance values, properties, __getattr__, class attributes, errors and their lines.
class Node:
    __slots__ = ('link', 'v')
    def __init__(self, link, v):
        self.link = link
        self.v = v

class Plain:
    shared = None
    def __init__(self):
        self.x = None
        self._y = 0

class WithProperty(Plain):
    @property
    def y(self):
        print('  get y', self._y)
        return None if self._y % 2 else self._y

class Dynamic:
    def __getattr__(self, name):
        print('  __getattr__', name)
        return None if name.startswith('n') else name

def walk(head):
    n = 0
    p = head
    while p.link is not None:
        p = p.link
        n += 1
    if p.link is None:
        n += 100
    return n, p.v

def chain(n):
    head = None
    for i in range(n):
        head = Node(head, i)
    return head

print(walk(chain(1)), walk(chain(12)))

w = WithProperty()
for i in range(4):
    w._y = i
    if w.y is None:
        print('none at', i)
    if w.x is not None:
        print('never')
    if w.shared is None:
        w.x = i
    a = w.x
    b = c = w._y
    print(a, b, c)

d = Dynamic()
for name in ('nothing', 'value'):
    if getattr(d, name) is None:
        print('getattr none', name)
if d.nope is None:
    print('attribute none')
if d.yes is not None:
    e = d.yes
    print('attribute', e)

def missing():
    p = Plain()
    while p.link is not None:
        pass

def missing_store():
    p = Plain()
    q = p.other
    return q

for f in (missing, missing_store):
    try:
        f()
    except AttributeError as exc:
        print(type(exc).__name__, exc, exc.__traceback__.tb_next.tb_lineno - f.__code__.co_firstlineno)

def unbound():
    if cond:
        o = Plain()
    return o.x is None

cond = False
try:
    unbound()
except UnboundLocalError as exc:
    print('UnboundLocalError', exc)

head = chain(3)
walk(head)
head.link.link.link = Plain()
walk(head)
