# enum: Enum, IntEnum, StrEnum, auto, unique, aliases, _missing_, iteration, reprs/str/format, errors.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', format(Color.GREEN, ''), len(Color), Color.__members__.keys())
print(Color.RED in Color, 1 in [m.value for m in Color], Color.RED == 1, hash(Color.RED) == hash('RED'))
for f in [lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED.__class__('x')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, repr(Num.ONE), str(Num.ONE), f'{Num.TWO}', format(Num.TWO, '03d'), int(Num.TWO), sorted([Num.TWO, Num.ONE]))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 'c'
    D = auto()
print([(m.name, m.value) for m in Auto])
class Lower(StrEnum):
    X = auto()
    YY = auto()
print(list(Lower), Lower.X == 'x', Lower.YY.upper(), repr(Lower.X), f'{Lower.YY}')
class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower(): return m
        return None
    def describe(self): return f'{self.name.lower()} shape'
    @property
    def code(self): return self.value.upper()
print(Shape('SQ'), Shape('Ci').describe(), Shape.CIRCLE.code)
try: Shape('tri')
except ValueError as e: print(type(e).__name__, e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value)
Pets = Enum('Pets', [('DOG', 'd'), ('CAT', 'c')]); print(Pets('c'), Pets.__qualname__)
try:
    class Ext(Color): PINK = 9
except TypeError as e: print(type(e).__name__, e)
import pickle, copy
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, copy.deepcopy(Num.TWO) is Num.TWO)
print(sorted(Color.__members__), dir(Color.RED)[:6] if False else '', Color.RED.__reduce_ex__(4))
class Ordered(Enum):
    def __lt__(self, other): return self.value < other.value
    LOW = 1
    HIGH = 2
print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered))
print(enum.EnumType is enum.EnumMeta, type(Color).__name__, isinstance(Color.RED, Color))
