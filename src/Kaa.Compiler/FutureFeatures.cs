using System.Collections.Frozen;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;

namespace Kaa.Compiler;

/// <summary>
/// The <c>from __future__ import ...</c> statements at the top of a module (CPython's future.c):
/// which features they switch on, and the errors for unknown features.
/// </summary>
public sealed class FutureFeatures
{
    /// <summary>CO_FUTURE_BARRY_AS_BDFL: <c>&lt;&gt;</c> instead of <c>!=</c>.</summary>
    public const int BarryAsBdfl = 0x400000;

    /// <summary>CO_FUTURE_ANNOTATIONS: annotations are stored as strings.</summary>
    public const int Annotations = 0x1000000;

    private static readonly FrozenSet<string> AlwaysOn = new[]
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    }.ToFrozenSet(StringComparer.Ordinal);

    public int Flags { get; private set; }

    /// <summary>The line of the last future statement, or -1.</summary>
    public int Lineno { get; private set; } = -1;

    public bool HasAnnotations => (Flags & Annotations) != 0;

    public static FutureFeatures FromAst(Mod module, string filename)
    {
        var ff = new FutureFeatures();
        AstList<Stmt> body = module switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            _ => [],
        };
        int i0 = HasDocString(body) ? 1 : 0;
        bool done = false;
        int prevLine = 0;
        for (int i = i0; i < body.Count; i++)
        {
            var s = body[i];
            // Future statements may share a line (joined by ';') but nothing may come before them.
            if (done && s.Lineno > prevLine) break;
            prevLine = s.Lineno;
            if (s is ImportFrom { Module: "__future__" } future)
            {
                if (done)
                    throw new SyntaxErrorException("SyntaxError",
                        "from __future__ imports must occur at the beginning of the file",
                        s.Lineno, s.ColOffset, s.Lineno, null, filename: filename);
                ff.CheckFeatures(future, filename);
                ff.Lineno = s.Lineno;
            }
            else
            {
                done = true;
            }
        }
        return ff;
    }

    public static bool HasDocString(AstList<Stmt> body)
        => body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string or Kaa.Syntax.Text.CodePointString } };

    private void CheckFeatures(ImportFrom s, string filename)
    {
        foreach (var alias in s.Names)
        {
            string feature = alias.Name;
            if (AlwaysOn.Contains(feature)) continue;
            if (feature == "barry_as_FLUFL") Flags |= BarryAsBdfl;
            else if (feature == "annotations") Flags |= Annotations;
            else
            {
                string msg = feature == "braces" ? "not a chance" : $"future feature {Truncate(feature)} is not defined";
                throw new SyntaxErrorException("SyntaxError", msg, s.Lineno, s.ColOffset + 1, s.Lineno, null,
                    filename: filename);
            }
        }
    }

    private static string Truncate(string s) => s.Length > 100 ? s[..100] : s; // %.100s counts bytes in C; ASCII here
}
