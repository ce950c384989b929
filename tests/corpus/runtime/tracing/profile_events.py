# sys.setprofile: call/return of Python frames and c_call/c_return/c_exception of builtins, generators
import sys

log = []

def describe(arg):
    name = getattr(arg, '__qualname__', None) or getattr(arg, '__name__', None)
    self = getattr(arg, '__self__', None)
    if self is not None and not isinstance(self, type(sys)):
        return f"{type(self).__name__}.{name}"
    return name

def profiler(frame, event, arg):
    if event.startswith('c_'):
        detail = describe(arg)
    elif event == 'return':
        detail = repr(arg)
    else:
        detail = ''
    log.append(f"{frame.f_code.co_name}:{event}:{frame.f_lineno - base}:{detail}")

base = sys._getframe().f_lineno

def work(items):
    items.append(len(items))
    s = sorted(items, key=abs)
    d = dict(a=1)
    d.get('a')
    list.append(items, 9)
    return max(s)

def fails():
    return int('not a number')

def gen():
    yield 1
    yield 2

def uses_star(args):
    return max(*args)

class C:
    def __init__(self):
        self.v = 3
    def method(self):
        return self.v

sys.setprofile(profiler)
work([3, -5])
try:
    fails()
except ValueError:
    pass
for v in gen():
    pass
uses_star([1, 4, 2])
C().method()
print(sys.getprofile() is profiler)
sys.setprofile(None)

for line in log:
    print(line)
print(sys.getprofile())
