using System.Text;
using System.Text.RegularExpressions;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.DataModel;

/// <summary>
/// Small data-model programs run in-process on Kaa and on the oracle; the outputs must be equal once
/// object addresses are masked. Each snippet prints observations of one feature, errors included.
/// </summary>
public class DataModelOracleTests
{
    private const string Prelude = """
        def t(label, f):
            try:
                print(label, repr(f()))
            except Exception as e:
                print(label, '!', type(e).__name__, e)

        """;

    public static TheoryData<string, string> Snippets => new()
    {
        { "slot_wrappers_call_the_slot", """
            t('int.__add__', lambda: int.__add__(1, 2))
            t('bound', lambda: (1).__add__(2))
            t('radd', lambda: int.__radd__(1, 2))
            t('notimpl', lambda: int.__add__(1, 'a'))
            t('needs arg', lambda: int.__add__())
            t('wrong self', lambda: int.__add__('a', 1))
            t('arity', lambda: (2).__add__(1, 2))
            t('kw', lambda: (2).__neg__(x=1))
            t('pow arity', lambda: (2).__pow__())
            t('pow', lambda: (2).__pow__(10))
            t('next', lambda: iter([]).__next__())
            t('object eq', lambda: object.__eq__(1, 1))
            t('object lt', lambda: object.__lt__(1, 2))
            t('repr', lambda: repr(object.__init__))
            t('types', lambda: (type(int.__add__).__name__, type((1).__add__).__name__, type(int.__new__).__name__))
            t('qualname', lambda: (int.__add__.__qualname__, (1).__add__.__qualname__, (1).__add__.__self__))
            t('list hash', lambda: list.__hash__)
            t('eq wrappers', lambda: (1).__add__ == (1).__add__)
            """ },
        { "tp_new_wrapper_checks", """
            t('not safe', lambda: object.__new__(int))
            t('not a type', lambda: object.__new__(1))
            t('no args', lambda: object.__new__())
            t('not subtype', lambda: int.__new__(str))
            class C: pass
            t('heap', lambda: type(object.__new__(C)).__name__)
            t('takes no args', lambda: C(1))
            t('setattr hack', lambda: object.__setattr__(1, 'x', 2))
            t('getattribute name', lambda: object.__getattribute__(1, 2))
            """ },
        { "update_one_slot", """
            class C:
                def __eq__(self, o): return True
            t('eq no hash', lambda: hash(C()))
            t('hash attr', lambda: C.__hash__)
            class D(C):
                __hash__ = object.__hash__
            t('restored', lambda: type(hash(D())).__name__)
            class L: pass
            l = L()
            t('no len', lambda: len(l))
            L.__len__ = lambda self: 42
            t('late len', lambda: len(l))
            del L.__len__
            t('deleted len', lambda: len(l))
            class MyInt(int):
                def __add__(self, o): return 'myadd'
            t('subclass add', lambda: (MyInt(2) + 1, 1 + MyInt(2), MyInt(3) * 2))
            class R:
                def __radd__(self, o): return 'radd'
                def __rpow__(self, o): return 'rpow'
            t('reflected', lambda: (1 + R(), 2 ** R()))
            class G:
                __iter__ = None
                __contains__ = None
            t('iter None', lambda: iter(G()))
            t('contains None', lambda: 1 in G())
            """ },
        { "property_and_friends", """
            class P:
                @property
                def x(self):
                    "x doc"
                    return 5
                y = property()
                @classmethod
                @property
                def cp(cls): return 'cp of ' + cls.__name__
            p = P()
            t('get', lambda: p.x)
            t('doc', lambda: P.x.__doc__)
            t('no getter', lambda: p.y)
            t('no setter', lambda: setattr(p, 'x', 1))
            t('no deleter', lambda: delattr(p, 'x'))
            t('anonymous', lambda: property.__set__(property(), p, 1))
            t('chain', lambda: P.cp)
            t('args', lambda: property(1, 2, 3, 4, 5))
            t('kw', lambda: property(fget=1, x=2))
            t('sm args', lambda: staticmethod())
            t('cm kw', lambda: classmethod(f=1))
            def f(a):
                "doc of f"
                return a
            sm = staticmethod(f)
            t('wrapped', lambda: (sm.__wrapped__ is f, sm.__name__, sm.__doc__, sm(3)))
            t('uninit', lambda: staticmethod.__new__(staticmethod).__get__(1))
            """ },
        { "classes_slots_and_hooks", """
            class S:
                __slots__ = ('b', 'a')
            s = S(); s.a = 1
            t('slot', lambda: s.a)
            t('unset', lambda: s.b)
            t('no dict', lambda: setattr(s, 'z', 1))
            t('conflict', lambda: type('X', (), {'__slots__': ['a'], 'a': 1}))
            t('not str', lambda: type('X', (), {'__slots__': [1]}))
            t('not ident', lambda: type('X', (), {'__slots__': ['1a']}))
            t('dict twice', lambda: type('X', (), {'__slots__': ['__dict__', '__dict__']}))
            t('int slots', lambda: type('X', (int,), {'__slots__': ['a']}))
            t('sizeof', lambda: (object().__sizeof__(), S().__sizeof__()))
            class Base:
                def __init_subclass__(cls, **kw):
                    print('init_subclass', cls.__name__, kw)
            class M(type):
                @classmethod
                def __prepare__(mcls, name, bases, **kw):
                    print('prepare', name, kw)
                    return {'injected': 1}
                def __new__(mcls, name, bases, ns, **kw):
                    return super().__new__(mcls, name, bases, ns)
            class D(Base, metaclass=M, flag=True): pass
            t('prepared', lambda: D.injected)
            t('type kw', lambda: type('Q', (), {}, x=1))
            t('type args', lambda: type(1, 2))
            t('bool base', lambda: type('Q', (bool,), {}))
            t('layout', lambda: type('Q', (int, str), {}))
            class A1:
                def __getattr__(self, n): return 'ga:' + n
            t('getattr', lambda: A1().zz)
            class O1: pass
            class O2: pass
            o = O1(); o.__class__ = O2
            t('class assign', lambda: type(o).__name__)
            t('class assign int', lambda: setattr(o, '__class__', int))
            """ },
        { "super_forms", """
            class A:
                def m(self): return 'A.m'
                @classmethod
                def cm(cls): return 'A.cm ' + cls.__name__
            class B(A):
                def m(self): return 'B>' + super().m()
                @classmethod
                def cm(cls): return 'B>' + super().cm()
            class C(B): pass
            t('method', lambda: C().m())
            t('classmethod', lambda: C.cm())
            t('explicit', lambda: (super(B, C()).m(), super(B, C).cm()))
            t('bad obj', lambda: super(B, 1))
            t('bad type', lambda: super(1, 1))
            t('no args', lambda: super())
            t('missing', lambda: super(B, C()).nothing)
            t('repr', lambda: repr(super(B)))
            def outside(self): return super().m()
            t('no cell', lambda: outside(C()))
            """ },
        { "exec_eval_compile_dir", """
            t('exec arg', lambda: exec(1))
            t('exec globals', lambda: exec('x=1', 1))
            t('exec locals', lambda: exec('x=1', {}, 1))
            t('eval globals', lambda: eval('1', 1))
            t('eval locals', lambda: eval('1', {}, 1))
            t('exec none', lambda: exec())
            t('eval none', lambda: eval())
            t('exec 4', lambda: exec('1', {}, {}, 4))
            t('mode', lambda: compile('1', 'f', 'bad'))
            t('nul', lambda: eval('1\x00'))
            t('strip', lambda: eval('  1+1'))
            t('bytes', lambda: eval(b'2*3'))
            t('code', lambda: eval(compile('4*5', '<x>', 'eval')))
            g = {}
            exec('y = 2\ndef f(): return y', g)
            t('exec ns', lambda: ('__builtins__' in g, g['y'], g['f']()))
            t('eval ns', lambda: eval('a+b', {'a': 1}, {'b': 2}))
            def fn(a, b=2):
                c = 3
                return list(locals())
            t('locals', lambda: fn(1))
            t('vars', lambda: vars(1))
            t('dir custom', lambda: dir(type('Z', (), {'__dir__': lambda s: ['b', 'a']})()))
            class DD:
                q = 1
            t('dir class', lambda: dir(DD))
            t('flags', lambda: compile('1', 'f', 'exec', flags=0x99999))
            """ },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void SnippetMatchesOracle(string name, string body)
    {
        string source = Prelude + body;
        string path = Path.Combine(Path.GetTempPath(), $"kaa_dm_{name}_{Environment.ProcessId}.py");
        File.WriteAllText(path, source);
        try
        {
            string expected = Oracle.Run([path]);
            string actual = RunOnKaa(path);
            Assert.Equal(Mask(expected), Mask(actual));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string RunOnKaa(string path)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var interp = new Interpreter(new InterpreterOptions { StdoutStream = stdout, StderrStream = stderr, Argv = [path] });
        int status = interp.RunMain(path);
        string text = Encoding.UTF8.GetString(stdout.ToArray());
        if (status != 0) text += "\n[exit " + status + "]\n" + Encoding.UTF8.GetString(stderr.ToArray());
        return text;
    }

    private static string Mask(string s) => Regex.Replace(s, @" at 0x[0-9a-f]+>", " at 0x…>");
}
