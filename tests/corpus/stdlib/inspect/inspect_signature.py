# inspect: signature of functions/methods/classes/partials (parameters, kinds, defaults, annotations), bind/bind_partial, replace, str forms, errors.
import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> bool: pass
sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values(): print(p.name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7); print(ba, ba.arguments, ba.args, ba.kwargs); ba.apply_defaults(); print(ba)
print(sig.bind_partial(1, e='q'), sig.bind(1, d=0).arguments)
for bad in [lambda: sig.bind(), lambda: sig.bind(1, d=1, a=2), lambda: sig.bind(1, 2, 3, c=4, d=5), lambda: inspect.signature(1), lambda: sig.bind(1, 2, b=2, d=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class C:
    def __init__(self, x, y=0): pass
    def m(self, p, *, q): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w=1): pass
    def __call__(self, k): pass
print(inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
print(inspect.signature(functools.partial(f, 1, d=4)), inspect.signature(lambda *, k=1: k), inspect.signature(functools.partial(C.m, None)))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def wrapped(u, v=1): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)
new = sig.replace(parameters=[inspect.Parameter('only', inspect.Parameter.KEYWORD_ONLY, default=None)], return_annotation=inspect.Signature.empty); print(new)
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1), P('c', P.VAR_POSITIONAL), P('d', P.KEYWORD_ONLY, annotation=int)]))
for bad in [lambda: P('a', 99), lambda: P('1x', P.POSITIONAL_ONLY), lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]), lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]), lambda: P('x', P.VAR_POSITIONAL, default=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(sig == inspect.signature(f), hash(inspect.signature(C.sm)) == hash(inspect.signature(C.sm)), str(sig.parameters['e'].replace(default=inspect.Parameter.empty)))
print(inspect.getfullargspec(f), inspect.getcallargs(f, 1, d=2))
async def co(x): pass
def gen(): yield
print(inspect.signature(co), inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(gen), inspect.isfunction(f), inspect.ismethod(C(0).m), inspect.isclass(C), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.signature(C.__init__).parameters['self'].kind, inspect.Signature.from_callable(f) == sig, inspect.formatannotation(list[int]), inspect.formatannotation(int))
class Meta(type):
    def __call__(cls, meta_arg): return super().__call__()
class WithMeta(metaclass=Meta): pass
print(inspect.signature(WithMeta))
class NewOnly:
    def __new__(cls, n, *, flag=False): return super().__new__(cls)
print(inspect.signature(NewOnly))
