# BaseException basics: keyword rejection, __reduce__ with and without a dict, __setstate__, args assignment, __dict__, notes.
class E(Exception): pass
try: E(x=1)
except TypeError as e: print(e)
class F(Exception):
    def __init__(self, **kw): pass
f = F(x=1); print(f.args, repr(f))
e = Exception(1,2); print(e.__reduce__()); e.__dict__; print(e.__reduce__()); e.a=1; print(e.__reduce__())
e = Exception(); e.__setstate__({'b': 2}); print(e.b)
try: e.__setstate__(3)
except TypeError as x: print(x)
class M(Exception): pass
M.__module__='foo.bar'
print(repr(M(1)))
e = Exception(); e.args = [1,2]; print(e.args)
try: e.args = 5
except TypeError as x: print(x)
try: Exception().__dict__ = 5
except TypeError as x: print(x)
print(Exception().__notes__ if hasattr(Exception(), '__notes__') else 'no notes')
e = Exception(); e.__notes__ = 5
try: e.add_note('x')
except TypeError as x: print(x)
try: Exception().add_note(1)
except TypeError as x: print(x)
print(StopIteration().value, StopIteration(1,2).value, SystemExit().code, SystemExit(1,2).code)
print(KeyError(), KeyError(1,2), KeyError(''))
e=StopIteration(5); del e.value; print(e.value)
