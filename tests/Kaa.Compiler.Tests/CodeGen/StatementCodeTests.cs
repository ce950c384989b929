using System.Text;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests.CodeGen;

/// <summary>
/// Code objects for statements and expressions — names in every scope, assignments, imports,
/// calls, displays, f-strings, definitions with defaults/annotations/decorators/closures,
/// conditions — and their compile-time errors, compared field by field with CPython's
/// (tools/oracle_dump_code.py).
/// </summary>
public class StatementCodeTests
{
    private static readonly Dictionary<string, string> Snippets = new(StringComparer.Ordinal)
    {
        ["module_names"] = """
            "module doc"
            import os, os.path, a.b.c as d
            from . import x as y, z
            from ..pkg.mod import *
            a = b = c
            del a, b
            global g
            g = 1
            print(__debug__, g)
            """,
        ["function_scopes"] = """
            def outer(p, *args, k, **kw):
                "doc"
                x = p
                def inner(q):
                    nonlocal x
                    x = q + p
                    del q
                    return x, glob
                return inner

            class K:
                y = 1
                def m(self):
                    return y, __class__, super().m()
                def __private(self):
                    return self.__attr, __name
                z: int = 3
            """,
        ["class_deref"] = """
            def f(a):
                class C:
                    b = a
                    def g(self):
                        return a
                return C
            """,
        ["assignments"] = """
            a, (b, *c), [d, e] = x
            *f, g = y
            h.i = j[k] = l[1:2] = m[::n] = 1
            o += 1
            p.q -= 2
            r[s] *= 3
            t[1:u] //= 4
            (v := w) and v
            x @= y; x **= 2; x %= 3; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x /= 2
            """,
        ["annotations"] = """
            a: int
            b: list[int] = []
            c.d: str = ''
            e[0]: float
            f.g: h
            i[j:k]: l
            m[n, o:p]: q
            class C:
                r: int
                s: str = 'x'
            def fn(t: int, *u: str, v: float = 1.0, **w: dict) -> None:
                x: int = 1
                y.z: int
            """,
        ["future_annotations"] = """
            from __future__ import annotations
            a: list[int] = []
            b.c: x
            def fn(t: int | None, *u: str, v: 'q' = 1.0, **w: dict[str, int]) -> lambda: 1:
                pass
            class C:
                d: C
            """,
        ["calls"] = """
            f()
            f(a, b, k=1, j=2)
            o.m(a, k=1)
            o.m(*a)
            o.m(**k)
            f(*a, b, *c, d=1, **e, g=2)
            f(a, *b)
            f(**a, **b)
            f(x=1)(y=2)
            import mod
            mod.func(1)
            o.m(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31)
            f(a=1,b=2,c=3,d=4,e=5,f=6,g=7,h=8,i=9,j=10,k=11,l=12,m=13,n=14,o=15,p=16)
            f(*a, a=1,b=2,c=3,d=4,e=5,f=6,g=7,h=8,i=9,j=10,k=11,l=12,m=13,n=14,o=15,p=16)
            o.\
              m(
                1)
            (o
              .attr)
            """,
        ["displays"] = """
            l = [a, b, *c, d]
            t = (a, *b)
            s = {a, b, *c}
            s2 = {1, 2, 3}
            l2 = [1, 2, 3]
            t2 = (a, 1, 2, 3)
            d = {'a': 1, 'b': x}
            d2 = {a: 1, **b, 'c': 2, 'd': 3}
            d3 = {**a}
            d4 = {}
            big = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0]
            bigd = {a0: 0, a1: 1, a2: 2, a3: 3, a4: 4, a5: 5, a6: 6, a7: 7, a8: 8, a9: 9, b0: 0, b1: 1, b2: 2, b3: 3, b4: 4, b5: 5, b6: 6, b7: 7}
            sl = x[a:b], x[:], x[::c], x[a, b:c]
            """,
        ["fstrings"] = """
            a = f'{x}'
            b = f'{x!r} and {y!s:>{w}} {z!a:x}'
            c = f'pre{x=}post'
            d = f'{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}'
            """,
        ["definitions"] = """
            @dec1
            @dec2.attr(arg)
            def f(a, b=1, /, c=2, *d, e, f=3, g, **h):
                return lambda x, y=a: x + y

            @cls_dec
            class C(Base, metaclass=Meta, **kw):
                "class doc"
                def method(self, __p=1, *, __q=2):
                    pass

            class D:
                pass

            async def co(a):
                return a

            lam = lambda *a, **k: (a, k)
            """,
        ["conditions"] = """
            if a and b or not c:
                x()
            elif a < b < c:
                y()
            elif a if b else c:
                z()
            elif not (a or b):
                pass
            else:
                w()
            v = a if b else c
            u = a and b and c
            t = a or b
            q = a < b <= c
            r = a is b, a is not b, a in b, a not in b, a == b, a != b, a > b, a >= b
            assert a
            assert a, 'message'
            assert a < b < c, b
            raise
            """,
        ["raise_forms"] = """
            def f():
                raise E
            def g():
                raise E from c
            """,
        ["unary_binary"] = """
            x = -a, +a, ~a, not a
            y = a + b - c * d / e // f % g ** h @ i << j >> k & l | m ^ n
            """,
        ["boundaries_and_locations"] = """
            import os
            def f():
                os.getcwd()
                os.path.join(1)
                obj.\
                    attr += 1
                obj.very.\
                    méthode(1)
                x = {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17}
                y = {'a0': 0, 'a1': 1, 'a2': 2, 'a3': 3, 'a4': 4, 'a5': 5, 'a6': 6, 'a7': 7, 'a8': 8, 'a9': 9, 'b0': 0, 'b1': 1, 'b2': 2, 'b3': 3, 'b4': 4, 'b5': 5, 'b6': 6, **z, 'c': 1}
                s = {a, b, *c, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, f0, f1, f2, f3, f4, f5, f6, f7, f8}
                g(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9)
                g(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d)
                o.m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, c8)
                o.m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, c0, c1, c2, c3, c4, c5, c6, c7, k=1)
                t = f'{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}'
                del (a, b), [c, d]
                (q): int = 1
                lam = lambda: (yield)
                return [w := i for i in x], w
            class C:
                def __init__(self, *, __k=1, **__kw): pass
                def meth(self): pass
                def other(self):
                    return meth
                meth = 1
                global G
                class G: pass
            def outer():
                def meth(): pass
                class D:
                    def meth(self): return meth
                    meth = meth
                return D
            x = [1, 2, 3, *a]
            y = (1, 2, 3, *a)
            z = f(*[1, 2, 3])
            w = f(*(1, 2, 3))
            v = f(1, 2, 3, *b)
            """,
        ["future_annotation_targets"] = """
            from __future__ import annotations
            class C:
                x: int
                (y): str = 1
                z.a: q
                w[0]: r
            def f(a: f'{x!r:>{w}}', b: {1: 2, **c}, *args: *Ts) -> (yield):
                pass
            """,
        ["err_too_many_before_star"] = string.Join(", ", Enumerable.Range(0, 257).Select(i => $"x{i}")) + ", *b = c\n",
        ["err_assign_debug"] = "__debug__ = 1\n",
        ["err_augassign_debug"] = "__debug__ += 1\n",
        ["err_del_debug"] = "del __debug__\n",
        ["err_attr_debug"] = "a.__debug__ = 1\n",
        ["err_keyword_debug"] = "f(__debug__=1)\n",
        ["err_param_debug"] = "def f(__debug__): pass\n",
        ["err_lambda_param_debug"] = "lambda *__debug__: 1\n",
        ["err_kwonly_param_debug"] = "def f(*, __debug__=1): pass\n",
        ["err_annassign_debug"] = "__debug__: int\n",
        ["err_keyword_repeated"] = "f(a=1, b=2, a=3)\n",
        ["err_class_keyword_repeated"] = "class C(a=1, a=2): pass\n",
        ["err_starred_alone"] = "*a = b\n",
        ["err_starred_load"] = "print(*a if b else c)\nx = *a\n",
        ["err_multiple_starred"] = "*a, *b = c\n",
        ["err_future_late"] = "import os\nfrom __future__ import annotations\n",
    };

    private static readonly Lazy<(string Dir, Dictionary<string, string> Expected)> OracleRun = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "kaa-cggen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var paths = new List<string>();
        foreach (var (name, source) in Snippets)
        {
            string path = Path.Combine(dir, name + ".py");
            File.WriteAllText(path, source, new UTF8Encoding(false));
            paths.Add(path);
        }
        return (dir, Oracle.RunSections("oracle_dump_code.py", paths));
    });

    public static IEnumerable<object[]> Cases() => Snippets.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Cases))]
    public void CodeObjectsMatchCPython(string name)
    {
        var (dir, expected) = OracleRun.Value;
        string path = Path.Combine(dir, name + ".py");
        string actual;
        try
        {
            var tree = PythonParser.ParseBytes(File.ReadAllBytes(path), path);
            actual = CodeObjectDumper.Dump(CodeGenerator.Compile(tree, path));
        }
        catch (SyntaxErrorException e)
        {
            actual = e.Describe();
        }
        Assert.Equal(expected[path], actual.TrimEnd('\n'));
    }
}
