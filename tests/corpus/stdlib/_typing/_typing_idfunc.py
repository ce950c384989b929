# _typing: the module's names and _idfunc.
import _typing
print(sorted(n for n in dir(_typing) if n != '__file__'), _typing.__doc__)
x = object()
print(_typing._idfunc(x) is x, _typing._idfunc(5))
try: _typing._idfunc()
except TypeError as e: print(e)
try: _typing._idfunc(1, 2)
except TypeError as e: print(e)
