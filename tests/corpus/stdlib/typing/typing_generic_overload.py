# typing: Generic classes, TypeVar substitution, ParamSpec, overload/get_overloads, final, NewType, no_type_check, Self/LiteralString.
import typing
from typing import Generic, TypeVar, overload, get_overloads, final, NewType, ParamSpec, Concatenate, Callable, Iterator
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
class Pair(Generic[K, V]): pass
print(Box[int], Box[int](3).get(), Box.__parameters__, Pair[str, int], Pair[str, int].__args__, Box[int].__origin__ is Box)
print(Pair[T, int][str], Box[list[T]][int], typing.Dict[K, V][str, int], typing.Generic in Box.__mro__)
b = Box[int](5); print(b.__orig_class__, type(b))
for bad in [lambda: Box[int, str], lambda: Generic[int], lambda: Pair[int], lambda: Generic()]:
    try: bad()
    except TypeError as e: print(type(e).__name__, e)
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(2).get())
P = ParamSpec('P')
def deco(f: Callable[P, T]) -> Callable[P, list[T]]:
    def inner(*args: P.args, **kw: P.kwargs) -> list[T]: return [f(*args, **kw)]
    return inner
print(P, P.args, P.kwargs, Callable[P, int][[str, int]], Callable[Concatenate[int, P], T].__args__)
@overload
def area(x: int) -> int: ...
@overload
def area(x: str) -> str: ...
def area(x): return x * 2
print(area(3), area('a'), len(get_overloads(area)), [o.__annotations__ for o in get_overloads(area)])
@overload
def g(x: int) -> int: ...
try: g(1)
except NotImplementedError as e: print(type(e).__name__, e)
@final
class Fin:
    @final
    def m(self): pass
print(Fin.__final__, Fin.m.__final__)
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId): pass
except TypeError as e: print(type(e).__name__, e)
@typing.no_type_check
def nt(a: 'garbage here') -> 'x y': return a
print(nt(1), typing.get_type_hints(nt))
def gen() -> Iterator[int]: yield 1
print(typing.get_type_hints(gen), repr(typing.Self), repr(typing.LiteralString), repr(typing.Never))
Ts = typing.TypeVarTuple('Ts'); print(Ts, typing.Unpack[Ts], tuple[int, *Ts] if False else '')
class Cov(Generic[typing.TypeVar('T_co', covariant=True)]): pass
print(Cov.__parameters__, typing.TypeVar('T_contra', contravariant=True))
print(typing.get_args(typing.Callable[[int], str]), typing.get_origin(Box[int]), typing.is_typeddict(dict))
A = typing.TypeAlias; print(A, typing.Optional[Box[int]])
