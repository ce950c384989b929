# Coverage-style line events: the lines each code object reports, for many statement forms
import sys

hits = {}

def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_filename != __file__:
        return None
    if event == 'line':
        key = frame.f_code.co_name
        hits.setdefault(key, []).append(frame.f_lineno - base)
    return tracer

base = sys._getframe().f_lineno

def branches(x):
    if x > 5:
        r = 'big'
    elif x > 2:
        r = 'mid'
    else:
        r = 'small'
    r2 = 'yes' if x else 'no'
    return r, r2

def loops(n):
    out = []
    for i in range(n):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    else:
        out.append('else')
    j = 0
    while j < 2:
        j += 1
    return out

def multiline(a,
              b):
    total = (a +
             b +
             1)
    d = {
        'a': a,
        'b': b,
    }
    return sum([
        total,
        len(d),
    ])

def try_forms():
    try:
        x = 1
    finally:
        y = 2
    try:
        raise ValueError
    except (TypeError, ValueError):
        z = 3
    else:
        z = 4
    try:
        pass
    except Exception:
        z = 5
    else:
        z = 6
    return x, y, z

def matcher(v):
    match v:
        case [a, b]:
            return 'pair'
        case {'k': val}:
            return 'map'
        case int() if v > 0:
            return 'pos'
        case _:
            return 'other'

def comprehensions():
    a = [x for x in range(3)]
    b = {x: x for x in range(2)}
    c = list(x for x in range(2)
             if x)
    return a, b, c

def asserts_and_del():
    v = [1, 2]
    assert v, 'nonempty'
    del v[0]
    global GLOBAL_X
    GLOBAL_X = 1
    return v

def decorated():
    def deco(f):
        return f
    @deco
    def inner():
        return 1
    return inner()

def with_forms():
    class CM:
        def __enter__(self):
            return 1
        def __exit__(self, *exc):
            return False
    with CM() as a, CM() as b:
        c = a + b
    return c

def nested_loops():
    s = 0
    for i in range(2):
        for j in range(2):
            s += i * j
    return s

def one_liner(): return 1

def early(x):
    if x: return 'early'
    return 'late'

sys.settrace(tracer)
branches(7)
branches(3)
branches(0)
loops(5)
loops(1)
multiline(1, 2)
try_forms()
for v in ([1, 2], {'k': 1}, 5, -1):
    matcher(v)
comprehensions()
asserts_and_del()
decorated()
with_forms()
nested_loops()
one_liner()
early(1)
early(0)
sys.settrace(None)

for name in sorted(hits):
    print(name, hits[name])
