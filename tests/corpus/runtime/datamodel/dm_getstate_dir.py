def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class C: pass
c = C(); c.a = 1
t(lambda: c.__getstate__())
t(lambda: C().__getstate__())
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1
t(lambda: s.__getstate__())
import sys
