# enum: Flag and IntFlag (combinations, iteration, ~, boundary), verify, member/nonmember, enum.property.
import enum
from enum import Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
class Perm(Flag):
    R = 4
    W = 2
    X = 1
RWX = Perm.R | Perm.W | Perm.X
print(RWX, repr(RWX), list(RWX), Perm.R in RWX, bool(Perm(0)), Perm(0), ~Perm.R, Perm(6), len(RWX))
print(Perm.R & Perm.W, Perm.R ^ RWX, (Perm.R | Perm.W).name, Perm(7).value, repr(~RWX))
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.C, repr(IP.A | 8), IP.A + 1, IP(3), IP(0), ~IP.A, repr(IP(12)), IP.B in IP(6), str(IP.A | IP.B), format(IP.C, 'd'))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, list(Color.WHITE), Color(5), Color.__members__.keys())
try: Color(16)
except ValueError as e: print(type(e).__name__, e)
class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try: Strict(7)
except ValueError as e: print(type(e).__name__, e)
class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conform(7), Conform(4))
class Keep(Flag, boundary=enum.KEEP):
    A = 1
print(Keep(5), repr(Keep(5)))
try:
    @verify(UNIQUE)
    class U(enum.Enum):
        A = 1
        B = 1
except ValueError as e: print(type(e).__name__, e)
try:
    @verify(CONTINUOUS)
    class Cn(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e: print(type(e).__name__, e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AC = 5
except ValueError as e: print(type(e).__name__, e)
class M(enum.Enum):
    A = 1
    helper = enum.nonmember(5)
    @enum.member
    def f(): return 'fn'
print(list(M), M.helper, M.f.value())
print(enum.show_flag_values(13), Perm._member_map_.keys(), Perm._value2member_map_.keys() if False else '')
print(Perm.R.__class__.__mro__[:3])
class Sz(IntFlag):
    S = 1
    M = 2
print(sorted([Sz.M, Sz.S, Sz(3)]), Sz.S | Sz.M == 3, Sz(3).name)
