# Users of ast in the stdlib: inspect.getsource + ast.parse, dataclasses, typing, and compile() with flags.
import ast
import dataclasses
import inspect
import textwrap
import typing


def sample(a, b=2, *args, key=None, **kw):
    """A sample function."""
    total = a + b
    for x in args:
        total += x
    return total


src = inspect.getsource(sample)
tree = ast.parse(src)
fn = tree.body[0]
print(fn.name, [a.arg for a in fn.args.args], fn.args.vararg.arg, [a.arg for a in fn.args.kwonlyargs], fn.args.kwarg.arg)
print(ast.get_docstring(fn), fn.lineno, fn.end_lineno, len(fn.body))


class Shape:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


tree = ast.parse(textwrap.dedent(inspect.getsource(Shape)))
print([n.name for n in tree.body[0].body], ast.unparse(tree.body[0].body[1]))


@dataclasses.dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.norm(), Point(1) < p, dataclasses.astuple(p), dataclasses.fields(p)[2].name)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)


class Movie(typing.TypedDict):
    title: str
    year: int


T = typing.TypeVar('T')


def first(xs: typing.List[T]) -> typing.Optional[T]:
    return xs[0] if xs else None


print(typing.get_type_hints(first), Movie.__annotations__, typing.get_type_hints(Movie))
print(typing.ForwardRef('int')._evaluate(globals(), None, frozenset()))
Pair = typing.NamedTuple('Pair', [('a', int), ('b', str)])
print(Pair(1, 'x'), Pair._fields)
# the future import in the tree itself
tree = ast.parse('from __future__ import annotations\ndef f(x: undefined) -> alsoundefined: pass')
ns = {}
exec(compile(tree, '<f>', 'exec'), ns)
print(ns['f'].__annotations__)
