# types: SimpleNamespace, MappingProxyType, new_class/prepare_class/resolve_bases, DynamicClassAttribute, coroutine, GenericAlias, the type objects' names, MethodType/FunctionType construction.
import types
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = 3; del ns.a; print(ns, ns == types.SimpleNamespace(b=[2], c=3), repr(types.SimpleNamespace()), vars(ns))
try: types.SimpleNamespace(1)
except TypeError as e: print(type(e).__name__, e)
mp = types.MappingProxyType({'x': 1}); print(mp, mp['x'], len(mp), list(mp), mp.get('y', 0), mp | {'z': 2}, 'x' in mp, mp.copy(), type(mp.copy()).__name__)
try: mp['y'] = 2
except TypeError as e: print(type(e).__name__, e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'hello': lambda self: 'hi', 'v': 5})); print(C().hello(), C.v, C.__name__, C.__module__)
meta, ns2, kw = types.prepare_class('D', (), {'metaclass': type}); print(meta, ns2, kw)
class Mro:
    def __mro_entries__(self, bases): return (dict,)
print(types.resolve_bases((Mro(), int)), types.new_class('E', (Mro(),)).__mro__)
class WithDyn:
    def __init__(self): self._v = 'inst'
    @types.DynamicClassAttribute
    def v(self): return self._v
print(WithDyn().v, type(WithDyn.__dict__['v']).__name__)
try: WithDyn.v
except AttributeError as e: print(type(e).__name__)
@types.coroutine
def gen_coro(): yield 1
print(type(gen_coro()).__name__, gen_coro.__code__.co_flags & 0x100 != 0)
ga = types.GenericAlias(list, (int,)); print(ga, ga.__origin__, ga.__args__, ga == list[int], ga[()] if False else '', type(list[int]) is types.GenericAlias)
print(types.FunctionType.__name__, types.LambdaType is types.FunctionType, types.BuiltinFunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__, types.CodeType.__name__,
      types.GeneratorType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__, types.FrameType.__name__, types.TracebackType.__name__, types.NoneType, types.EllipsisType, types.NotImplementedType,
      types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__, types.MethodDescriptorType.__name__, types.ClassMethodDescriptorType.__name__, types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__, types.CellType.__name__, types.UnionType.__name__)
def base_fn(a, b=2): return a + b
f2 = types.FunctionType(base_fn.__code__, {'__builtins__': __builtins__}, 'renamed', (10,)); print(f2(1), f2(1, 5), f2.__name__, f2.__defaults__)
class K: pass
m = types.MethodType(lambda self, x: (type(self).__name__, x), K()); print(m(5), m.__self__.__class__.__name__, m.__func__.__name__)
mod = types.ModuleType('fake', 'fake doc'); mod.attr = 1; print(mod, mod.__name__, mod.__doc__, mod.attr, sorted(k for k in vars(mod) if k.startswith('__')))
for bad in [lambda: types.MethodType(1, 2), lambda: types.MethodType(len, None), lambda: types.FunctionType(1, {}), lambda: types.ModuleType(5), lambda: types.MappingProxyType([1])]:
    try: print(bad())
    except TypeError as e: print(type(e).__name__, e)
cell = types.CellType(5); print(cell.cell_contents, types.CellType().__class__.__name__)
try: types.CellType().cell_contents
except ValueError as e: print(type(e).__name__, e)
