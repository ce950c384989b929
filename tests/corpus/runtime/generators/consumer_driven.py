# Generators driven by consumers that take items without leaving the VM (sum, list, any/all, min/max, sorted,
# join, tuple, list.extend): their results, declined items, errors, StopIteration, gi_running, tracing.
import sys
print(sum(x * x for x in range(1000)))
print(sum((x for x in [1, 2.5, 3, 10**30, 4]), 0))
print(sum(x for x in [1, 2, 2**62, 2**62, 5]))
print(sum((x / 2 for x in range(10)), 0.5))
print(sum(x for x in [1.5, 2, "a"] if not isinstance(x, str)))
def bad():
    yield 1
    yield 2
    raise ValueError("boom")
try:
    sum(bad())
except ValueError as e:
    print("caught", e)
def stop():
    yield 1
    raise StopIteration
try:
    sum(stop())
except RuntimeError as e:
    print("RT", e, type(e.__cause__))
def running():
    for i in range(3):
        yield g.gi_running
g = running()
print(list(g))
g = running()
print(sum(g))
L = [1, 2, 3]
def watch():
    for i in range(3):
        yield len(L)
L.extend(watch())
print(L)
def nested():
    for i in range(3):
        yield sum(j for j in range(i + 1))
print(sum(nested()), list(nested()), sorted(nested(), reverse=True))
def ret():
    yield 1
    return 5
print(list(ret()), sum(ret()))
def tr(frame, ev, arg):
    if frame.f_code.co_name == "gen": print(ev, frame.f_lineno)
    return tr
def gen():
    yield 1
    yield 2
sys.settrace(tr)
print(sum(gen()))
sys.settrace(None)
class N:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return o + self.v
print(sum(x for x in [1, N(2), 3]))
print(sum([[1], [2]], []))
def selfref():
    yield 1
    yield sum(me)
me = selfref()
try:
    print(list(me))
except ValueError as e:
    print("VE", e)
print(tuple(x for x in "abc"), "".join(c.upper() for c in "xyz"))
def exc_state():
    try:
        raise KeyError(1)
    except KeyError:
        for i in range(2):
            yield sys.exc_info()[0]
print(list(exc_state()), sys.exc_info())
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any(x for x in [0, None, False, "", 0.0]), all(x for x in [1, True, "a", 2.5]))
print(any(x for x in [0, 0, [], 7]), all(x for x in [1, 2, 0, 3]))
class T:
    def __bool__(self): print("bool"); return True
print(any(x for x in [0, T()]), all(x for x in [T(), T()]))
def gany():
    yield 0
    yield 1
    print("never")
print(any(gany()))
def sit():
    yield 1
    raise StopIteration
try: all(sit())
except RuntimeError as e: print("RT", e)
class SI:
    def __iter__(self): return self
    def __next__(self): raise type("S2", (StopIteration,), {})()
print(list(SI()), any(SI()), sum(SI()))
print(max(x for x in range(10)), min(x * -1 for x in range(10)), max(x % 7 for x in range(100)))
print(max(x / 3 for x in range(10)), min((x - 5) * 0.5 for x in range(10)))
nan = float("nan")
print(max(x for x in [nan, 1.0, 2.0]), max(x for x in [1.0, nan, 2.0]), min(x for x in [3.0, nan, 0.5]))
print(max(x for x in [1, 2.5, 2]), min(x for x in [3, 1.5, True, -2]), max(x for x in [1, 10**30, 5]))
print(max((x for x in []), default="empty"), max("abc"), min(x for x in ["b", "a", "c"]))
try: max(x for x in [])
except ValueError as e: print(e)
try: max(x for x in [1, "a"])
except TypeError as e: print(e)
print(max([3, 1, 2]), min(3, 1, 2), max([1, 2, 3], key=lambda v: -v))
# stable: first of equal items wins
a, b = 1000, 1000
print(max(x for x in [a, b]) is a, min(x for x in [2.0, 2.0, 1.0, 1.0]))
class W(int): pass
print(max(x for x in [1, W(5), 3]), type(max(x for x in [1, W(5), 3])).__name__)
