# typing: get_type_hints (forward refs, Optional, include_extras), get_origin/get_args, Protocol + runtime_checkable, TypedDict, NamedTuple.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Protocol, runtime_checkable, TypedDict,
                    NamedTuple, get_type_hints, get_origin, get_args, Annotated, Literal, Final, ClassVar)
class Node:
    val: int
    nxt: 'Optional[Node]'
    tags: List[str]
def f(a: int, b: 'str' = None, *c: float, d: Annotated[int, 'meta'], **e: Any) -> Dict[str, int]: ...
print(get_type_hints(Node))
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['d'])
for t in [List[int], Dict[str, Tuple[int, ...]], Optional[int], Union[int, str], Callable[[int, str], bool], Callable[..., int],
          Annotated[int, 1, 2], Literal[1, 'a'], list[int], int | None, tuple[()], Final[int], ClassVar[str]]:
    print(repr(t), get_origin(t), get_args(t))
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, None]], Union[int] is int, int | str == Union[int, str])
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable), issubclass(F, Closeable))
class NotRC(Protocol):
    def x(self): ...
try: isinstance(F(), NotRC)
except TypeError as e: print(type(e).__name__, e)
try: NotRC()
except TypeError as e: print(type(e).__name__, e)
class Movie(TypedDict, total=False):
    title: str
    year: int
class Full(TypedDict):
    name: str
m = Movie(title='x'); print(m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Full.__required_keys__, Full.__total__)
Pt = TypedDict('Pt', {'x': int, 'y': int}); print(Pt(x=1, y=2), get_type_hints(Pt))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
print(Emp('a'), Emp('b', 5).greet(), Emp._fields, Emp.__annotations__, Emp._field_defaults)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(type(e).__name__, e)
print(typing.cast(int, 'x'), typing.TYPE_CHECKING, repr(Any), repr(typing.NoReturn), typing.get_type_hints(typing.cast))
try: get_type_hints(type('X', (), {'__annotations__': {'a': 'Undefined'}}))
except NameError as e: print(type(e).__name__, e)
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Callable[int, int], lambda: Literal]:
    try: print(bad())
    except TypeError as e: print(type(e).__name__, e)
T = typing.TypeVar('T', bound=int); print(T, T.__bound__, typing.TypeVar('S', int, str).__constraints__, typing.AnyStr)
print(typing.assert_type(3, int), typing.reveal_type if False else '', typing.Text is str)
