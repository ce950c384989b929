# inspect: getsource/getsourcelines/getdoc/getcomments/getfile/getmodule, getmembers (predicates), classify attributes, frames/stack, getattr_static, cleandoc, isabstract.
import inspect, abc, os, sys
# A comment about helper.
def helper(x):
    """Helper docstring.

        Indented detail.
    """
    return x + 1
class Base(abc.ABC):
    'Base doc.'
    attr = 5
    @abc.abstractmethod
    def must(self): ...
    @property
    def prop(self): return 1
    @staticmethod
    def st(): pass
    @classmethod
    def cl(cls): pass
class Impl(Base):
    def must(self): return 'done'
    def extra(self): pass
print(inspect.getsource(helper), inspect.getsourcelines(helper)[1], repr(inspect.getdoc(helper)), repr(inspect.getcomments(helper)))
print(inspect.getsource(Impl)); print(repr(inspect.getdoc(Impl)), inspect.getdoc(Impl.must))
print(os.path.basename(inspect.getfile(helper)), inspect.getmodule(helper).__name__, os.path.basename(inspect.getsourcefile(inspect)), inspect.getmodulename('/x/y/mod.py'))
print([n for n, _ in inspect.getmembers(Impl, inspect.isfunction)], [n for n, _ in inspect.getmembers(Impl) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Impl(), inspect.ismethod)], inspect.isabstract(Base), inspect.isabstract(Impl))
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Impl) if not a.name.startswith('_')])
print(inspect.getattr_static(Impl, 'prop'), inspect.getattr_static(Impl(), 'st'), inspect.getattr_static(Impl, 'nope', 'default'), type(inspect.getattr_static(Impl, 'cl')).__name__)
print(inspect.getmro(Impl)[:2], inspect.getmembers_static(Impl, inspect.isdatadescriptor)[0][0] if hasattr(inspect, 'getmembers_static') else '')
def outer():
    x = 1
    def inner():
        fr = inspect.currentframe()
        st = inspect.stack()
        return fr.f_code.co_name, fr.f_back.f_code.co_name, [f.function for f in st[:3]], st[0].lineno, st[0].code_context[0].strip(), inspect.getframeinfo(fr).function
    return inner()
print(outer())
print(repr(inspect.cleandoc('   first\n      second\n    third\n')), inspect.getclosurevars(outer) if False else '')
def closure_maker():
    v = 10
    def uses(): return v + len('')
    return uses
cv = inspect.getclosurevars(closure_maker()); print(cv.nonlocals, sorted(cv.builtins), cv.unbound)
def g(): yield 1
gi = g(); print(inspect.getgeneratorstate(gi)); next(gi); print(inspect.getgeneratorstate(gi), inspect.getgeneratorlocals(gi)); gi.close(); print(inspect.getgeneratorstate(gi))
try: inspect.getsource(len)
except TypeError as e: print(type(e).__name__, e)
try: inspect.getsource(sys)
except TypeError as e: print(type(e).__name__, e)
src = inspect.getsource(inspect.getmodule(helper)); print(src.splitlines()[0])
lam = lambda q: q * 2
print(inspect.getsource(lam).strip())
print(inspect.indentsize('    x'), inspect.ismodule(os), inspect.iscode(helper.__code__), inspect.isframe(sys._getframe()), inspect.istraceback(None), inspect.isdatadescriptor(Base.prop), inspect.ismethoddescriptor(str.upper))
