using System.Text;
using Kaa.Compiler.Code;
using Kaa.Compiler.Hashing;
using Kaa.Compiler.Optimizer;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;
using Assert = Xunit.Assert;

namespace Kaa.Compiler.Tests;

/// <summary>
/// The AST optimiser's constant folding, CPython's hash() and its set order, against the oracle:
/// tools/oracle_fold_cases.py generates some 37,000 cases (every binary operator over ints,
/// floats, complexes, strs, bytes, tuples, bools, None; unary operators; repetition limits;
/// subscripts; hashes; frozenset constants) and prints what CPython 3.11 makes of each. It runs once.
/// </summary>
public class ConstantFoldingTests
{
    private static readonly Lazy<List<(string Kind, string Expr, string Expected)>> Cases = new(() =>
    {
        string output = Oracle.Run([Repo.PathOf(Path.Combine("tools", "oracle_fold_cases.py"))]);
        var result = new List<(string, string, string)>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            result.Add((parts[0], parts[1], parts[2]));
        }
        return result;
    });

    private static Expr Optimized(string source, int optimize = 0)
    {
        var tree = (Expression)PythonParser.ParseBytes(Encoding.UTF8.GetBytes(source), "<fold>", ParseMode.Eval);
        AstOptimizer.Optimize(tree, optimize, futureAnnotations: false);
        return tree.Body;
    }

    private static string Render(object? value)
    {
        var sb = new StringBuilder();
        CodeObjectDumper.Render(value, sb);
        return sb.ToString();
    }

    private static string Actual(string kind, string expr)
    {
        Expr body;
        try
        {
            body = Optimized(kind == "set" ? $"x in {expr}" : expr, kind == "opt1" ? 1 : 0);
        }
        catch (SyntaxErrorException e)
        {
            return "error " + e.PythonType;
        }
        if (kind is "opt0" or "opt1") kind = "fold";
        switch (kind)
        {
            case "fold":
                // An int that fits a long must be one: the constant cache tells long 0 from BigInteger 0.
                if (body is Constant { Value: System.Numerics.BigInteger b } && b >= long.MinValue && b <= long.MaxValue)
                    return "non-canonical BigInteger " + b;
                return body is Constant c ? "folded " + Render(c.Value) : "kept";
            case "hash":
                return body is Constant h ? PyHash.Seed0.Hash(h.Value).ToString() : "not a constant";
            default:
                return body is Compare { Comparators: [Constant s] } ? Render(s.Value) : "not folded";
        }
    }

    private static void Check(string kind)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var (k, expr, expected) in Cases.Value)
        {
            if (k != kind) continue;
            count++;
            string actual;
            try { actual = Actual(k, expr); }
            catch (Exception e) { actual = "exception " + e.GetType().Name + ": " + e.Message; }
            if (actual != expected) failures.Add($"{expr}\n    expected: {expected}\n    actual:   {actual}");
        }
        Assert.True(count > 0, $"no '{kind}' cases from the oracle");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void FoldsExactlyWhatCPythonFolds() => Check("fold");

    [Fact]
    public void HashesAsCPython() => Check("hash");

    [Fact]
    public void FrozenSetConstantsIterateInCPythonOrder() => Check("set");

    [Fact]
    public void DebugIsAConstantOfTheOptimizationLevel()
    {
        Check("opt0");
        Check("opt1");
    }
}
