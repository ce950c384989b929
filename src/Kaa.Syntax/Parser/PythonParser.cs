using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>The start rules of CPython's grammar, as <c>compile()</c>'s mode selects them.</summary>
public enum ParseMode
{
    File,        // 'exec'   → Module
    Interactive, // 'single' → Interactive
    Eval,        // 'eval'   → Expression
    FuncType,    // 'func_type' → FunctionType
}

/// <summary>Entry points of the parser.</summary>
public static class PythonParser
{
    /// <summary>
    /// Parses a source file given as bytes (BOM and PEP 263 declaration honoured), as
    /// <c>ast.parse(bytes, filename)</c> does. Throws <see cref="SyntaxErrorException"/>.
    /// </summary>
    public static Mod ParseBytes(byte[] source, string filename, ParseMode mode = ParseMode.File)
    {
        var text = SourceText.FromBytes(source, filename);
        return Parse(text, mode);
    }

    public static Mod Parse(SourceText source, ParseMode mode = ParseMode.File)
    {
        var tokenizer = new Tokenizer(source);
        tokenizer.Next();
        throw new SyntaxErrorException("SyntaxError", "parser not implemented yet", 1, 1, 1, 1);
    }
}
