# bodies that do nothing: pass, ..., docstrings only; functions returning None; empty classes; conditional definitions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def a():
    pass
def b():
    ...
def c():
    'only a docstring'
class E:
    ...
class F:
    'doc only'
print(a(), b(), c(), c.__doc__, E.__doc__, F.__doc__, type(E()).__name__)
if True:
    def cond():
        return 'first'
else:
    def cond():
        return 'second'
print(cond())
for name in ['x']:
    def in_loop():
        return name
print(in_loop())
try:
    def in_try():
        return 'defined in try'
finally:
    pass
print(in_try())
