# gc.get_referents of an instance: its attribute values themselves (in the order the class first saw the
# names) while it has no __dict__, the dict once one was asked for; __slots__ values first.
import gc

class C:
    pass

a = C(); a.y = [1]; a.x = (2,)
b = C(); b.x = 'bx'; b.y = 'by'; b.z = 'bz'
print([r for r in gc.get_referents(a) if r is not C])
print([r for r in gc.get_referents(b) if r is not C])
del b.y
print([r for r in gc.get_referents(b) if r is not C])
b.__dict__
print([type(r).__name__ for r in gc.get_referents(b)])

class S:
    __slots__ = ('s', '__dict__')
s = S(); s.s = 'slot'; s.d = 'dict'
print([r for r in gc.get_referents(s) if r is not S])
print(gc.is_tracked(a), gc.is_tracked(C()))
