using System.Text;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests.ControlFlow;

/// <summary>
/// Code objects for loops, try/except/finally, except*, with, comprehensions, generators, async
/// code and match statements, and the compile-time errors of those constructs, compared field by
/// field with CPython's (tools/oracle_dump_code.py).
/// </summary>
public class ControlFlowCodeTests
{
    /// <summary>Name → source. Conditions avoid folding-sensitive constants on purpose: these test the control flow.</summary>
    private static readonly Dictionary<string, string> Snippets = new(StringComparer.Ordinal)
    {
        ["loops"] = """
            def f(a, b):
                for x in a:
                    if x:
                        break
                    if b:
                        continue
                    b()
                else:
                    a()
                while a:
                    a.pop()
                    if b:
                        break
                else:
                    b()
                return a
            """,
        ["try_except_finally"] = """
            def g(a, E):
                try:
                    a()
                except ValueError as e:
                    print(e)
                except (TypeError, E):
                    pass
                except:
                    raise
                else:
                    a.x = 2
                finally:
                    print(1)
            """,
        ["unwinding"] = """
            def fin(a, E):
                for i in a:
                    try:
                        if i:
                            break
                        if a:
                            continue
                        return i
                    finally:
                        print(i)
                with a:
                    for j in a:
                        with a as b:
                            return b
                        break
                try:
                    pass
                except E as e:
                    return e
                for k in a:
                    try:
                        return k.x
                    except E:
                        return k
                try:
                    pass
                finally:
                    return a
            """,
        ["finally_copies"] = """
            def f(a):
                for t in a:
                    try:
                        if t:
                            break
                        return t.x
                    finally:
                        a = [t for t in a if t.alive]
            """,
        ["try_star"] = """
            def ts(a):
                try:
                    a()
                except* ValueError as e:
                    print(e)
                except* TypeError:
                    pass
                else:
                    a.y = 1
                finally:
                    print(2)
            """,
        ["with"] = """
            def w(a, b):
                with a as (x, y), b:
                    x(y)
                with a:
                    pass
            """,
        ["comprehensions"] = """
            def h(a):
                return [x for x in a if x], {x: y for x, y in a}, (y for y in a), {z for z in a for q in z}

            def nested(a):
                return [[y for y in x] for x in a for z in x if z if not z]

            def temps(a):
                return [y for x in a for y in [x.f]], [y for x in a for y in (x,)]

            g = (x for x in range(3))
            """,
        ["generators"] = """
            def gen(a):
                yield a
                x = yield
                y = yield from a
                return x, y
            """,
        ["async"] = """
            async def co(a):
                await a
                async for x in a:
                    if x:
                        break
                else:
                    pass
                async with a as b, a:
                    return [y async for y in b]

            async def ag(a):
                yield a
                async with a:
                    await a
                return

            async def comps(a):
                return [x for x in a if await x], {x async for x in a}, (await y async for y in a)
            """,
        ["match"] = """
            def m(x, Point):
                match x:
                    case 1 | 2:
                        return 1
                    case [a, b, *rest]:
                        return a
                    case [a, *_, b]:
                        return b
                    case {"k": v, 1: w, **kw}:
                        return v
                    case Point(x=0, y=yy) if yy:
                        return yy
                    case Point(a, b):
                        pass
                    case (p, q) | [q, p]:
                        pass
                    case str() as s:
                        pass
                    case None | True:
                        pass
                    case {}:
                        pass
                    case [*_]:
                        pass
                    case x.y:
                        pass
                    case _:
                        return 0

            def m2(x):
                match x:
                    case a:
                        return a

            def m3(x):
                match x:
                    case _ if x:
                        pass

            def m4(x):
                match x:
                    case [1, [a, b] | (b, a)] if a:
                        pass
                    case {**rest}:
                        pass
            """,
        ["err_break"] = "x = 1\nbreak\n",
        ["err_continue"] = "for x in y:\n    def f():\n        continue\n",
        ["err_return"] = "class C:\n    return 1\n",
        ["err_yield"] = "x = (yield)\n",
        ["err_yield_from_async"] = "async def f():\n    yield from g\n",
        ["err_await_module"] = "await x\n",
        ["err_await_def"] = "def f():\n    await x\n",
        ["err_async_for"] = "def f():\n    async for x in y: pass\n",
        ["err_async_with"] = "def f():\n    async with x: pass\n",
        ["err_async_comp"] = "def f():\n    return [x async for x in y]\n",
        ["err_except_star_break"] = "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
        ["err_async_gen_return"] = "async def f():\n    yield 1\n    return 2\n",
        ["err_default_except"] = "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        ["err_pattern_twice"] = "match x:\n    case [a, a]: pass\n",
        ["err_pattern_alternatives"] = "match x:\n    case [a] | [b]: pass\n",
        ["err_pattern_alternatives_2"] = "match x:\n    case (a, b) | (b, c): pass\n",
        ["err_capture_unreachable"] = "match x:\n    case a: pass\n    case 1: pass\n",
        ["err_capture_alternative"] = "match x:\n    case a | b: pass\n",
        ["err_wildcard_unreachable"] = "match x:\n    case _: pass\n    case 1: pass\n",
        ["err_class_attribute_repeated"] = "match x:\n    case C(a=1, a=2): pass\n",
        ["err_class_attribute_debug"] = "match x:\n    case C(__debug__=1): pass\n",
        ["err_mapping_duplicate_key"] = "match x:\n    case {\"a\": 1, \"a\": 2}: pass\n",
        ["err_mapping_duplicate_numeric_key"] = "match x:\n    case {1: a, 1.0: b}: pass\n",
        ["err_mapping_duplicate_bool_key"] = "match x:\n    case {True: 1, 1: 2}: pass\n",
        ["err_nested_blocks"] = NestedBlocks(21),
    };

    private static string NestedBlocks(int depth)
    {
        var sb = new StringBuilder("while x:\n");
        for (int i = 1; i <= depth; i++) sb.Append(' ', 4 * i).Append("for x in y:\n");
        sb.Append(' ', 4 * (depth + 1)).Append("pass\n");
        return sb.ToString();
    }

    private static readonly Lazy<(string Dir, Dictionary<string, string> Expected)> OracleRun = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "kaa-cgflow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var paths = new List<string>();
        foreach (var (name, source) in Snippets)
        {
            string path = Path.Combine(dir, name + ".py");
            File.WriteAllText(path, source);
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
