# dataclasses: fields, defaults, default_factory, repr/eq/order, frozen, asdict/astuple, replace, __post_init__, InitVar.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError, is_dataclass, MISSING
import dataclasses
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: int = field(default=0, repr=False, compare=False)
i = Item('pen', 1.5)
print(i, i == Item('pen', 1.5, secret=9), i.tags is not Item('x').tags, Item.__match_args__)
print([(f.name, f.type, f.default is MISSING, f.repr, f.compare) for f in fields(Item)])
print(asdict(Item('a', 2, ['x'])), astuple(Item('a', 2, ['x'])), replace(i, price=3), is_dataclass(i), is_dataclass(Item), is_dataclass(1))
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
vs = sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]); print(vs, Ver(1) < Ver(1, 1), hash(Ver(1, 2)) == hash((1, 2)))
try: vs[0].major = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del vs[0].minor
except FrozenInstanceError as e: print(type(e).__name__, e)
try: Ver(1) < (1, 0)
except TypeError as e: print(type(e).__name__, e)
@dataclass
class Rect:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale; self.h *= scale; self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 10), [f.name for f in fields(Rect)])
try: replace(Rect(1, 1), area=5)
except ValueError as e: print(type(e).__name__, e)
for bad in ['''
@dataclass
class B:
    a: int = 0
    b: int
''', '''
@dataclass
class B:
    a: list = []
''', '''
@dataclass(order=True, eq=False)
class B:
    a: int
''', '''
@dataclass(frozen=True)
class A:
    a: int
@dataclass
class B(A):
    b: int
''']:
    try: exec(bad, {'dataclass': dataclass})
    except Exception as e: print(type(e).__name__, e)
try: Item()
except TypeError as e: print(type(e).__name__, e)
try: fields(5)
except TypeError as e: print(type(e).__name__, e)
@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])]); print(asdict(n)); print(n)
print(asdict(Item('q', tags=[(1, 2), {'k': Ver(1)}])), asdict(i, dict_factory=lambda kv: sorted(kv)))
C = dataclasses.make_dataclass('C', ['x', ('y', int), ('z', int, field(default=5))], namespace={'m': lambda self: self.x + self.z})
print(C(1, 2), C(1, 2).m(), C.__name__, [f.type for f in fields(C)])
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), Item.__eq__ is not object.__eq__, Item.__hash__, Ver.__hash__ is not None)
print(Item.__init__.__doc__, dataclasses.field(default=1))
