using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Literals;

/// <summary>Runs a literal snippet through the whole parser, in the format the oracle scripts print.</summary>
internal static class LiteralTestSupport
{
    /// <summary>
    /// <c>ast.dump(ast.parse(src, mode='eval').body, include_attributes=True)</c>, or the
    /// SyntaxError as <c>SyntaxError: msg (lineno, offset, end_lineno, end_offset)</c>.
    /// </summary>
    public static string DumpExpression(string src)
    {
        try
        {
            var tree = (Expression)PythonParser.Parse(SourceText.FromString(src, "<test>"), ParseMode.Eval);
            return AstDumper.Dump(tree.Body);
        }
        catch (SyntaxErrorException e)
        {
            return e.Describe();
        }
    }
}
