# dataclasses: slots, kw_only, KW_ONLY, match_args, inheritance, unsafe_hash, ClassVar, recursive repr, descriptors as defaults.
from dataclasses import dataclass, field, fields, KW_ONLY, replace
from typing import ClassVar
import dataclasses
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 1
except AttributeError as e: print(type(e).__name__, e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try: K(1)
except TypeError as e: print(type(e).__name__, e)
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int
print(Mixed(1, z=3), Mixed.__match_args__, [(f.name, f.kw_only) for f in fields(Mixed)])
@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)
print(hash(H(1)) == hash((1,)), H(1) == H(1))
@dataclass
class CV:
    count: ClassVar[int] = 0
    n: int = 0
print([f.name for f in fields(CV)], CV.count, dataclasses.fields(CV)[0]._field_type)
@dataclass
class Tree:
    kids: list = field(default_factory=list)
t = Tree(); t.kids.append(t); print(t)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
def show(p):
    match p:
        case Mixed(1, y=y): return f'mixed one y={y}'
        case S(a, b): return f'S {a} {b}'
        case _: return 'other'
print(show(Mixed(1, y=7, z=0)), show(S(5, 'q')), show(3))
@dataclass(frozen=True, slots=True)
class FS:
    v: int
import pickle, copy
print(pickle.loads(pickle.dumps(FS(3))), copy.copy(FS(4)), copy.deepcopy(S(1, 'deep')), pickle.loads(pickle.dumps(S(2))))
@dataclass(match_args=False, init=False)
class NI:
    a: int = 3
print(NI(), hasattr(NI, '__match_args__'))
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None): return 99 if obj is None else getattr(obj, self.name, 'unset')
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
@dataclass
class WithDesc:
    d: int = Desc()
print(WithDesc(), WithDesc(4))
print(replace(Mixed(1, z=2), z=9), dataclasses.is_dataclass(Mixed(1, z=1)))
@dataclass(weakref_slot=True, slots=True)
class WS:
    a: int
import weakref
w = WS(1); r = weakref.ref(w); print(r() is w, WS.__slots__)
