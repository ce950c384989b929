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
    /// <summary>The stack of the thread a parse moves to when the caller's stack runs low: enough
    /// for CPython's nesting limit (6000 rule levels) with room to spare.</summary>
    private const int LargeStackSize = 256 * 1024 * 1024;

    /// <summary>
    /// Parses a source file given as bytes (BOM and PEP 263 declaration honoured), as
    /// <c>ast.parse(bytes, filename)</c> does. Throws <see cref="SyntaxErrorException"/>.
    /// </summary>
    /// <param name="buffers">Storage to reuse from one parse to the next (optional).</param>
    public static Mod ParseBytes(byte[] source, string filename, ParseMode mode = ParseMode.File,
        ParseBuffers? buffers = null)
    {
        var text = SourceText.FromBytes(source, filename);
        return Parse(text, mode, buffers);
    }

    /// <summary>Parses <paramref name="source"/> with the start rule of <paramref name="mode"/>.
    /// Throws <see cref="SyntaxErrorException"/> (also for MemoryError, when the nesting is deeper
    /// than CPython's parser accepts).</summary>
    public static Mod Parse(SourceText source, ParseMode mode = ParseMode.File, ParseBuffers? buffers = null)
    {
        try
        {
            return ParseOnce(source, mode, buffers);
        }
        catch (InsufficientStackException)
        {
            // Deep nesting: start again where the stack can hold CPython's full depth.
            Mod? result = null;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try { result = ParseOnce(source, mode, buffers); }
                catch (Exception e) { failure = e; }
            }, LargeStackSize);
            thread.Start();
            thread.Join();
            if (failure is InsufficientStackException)
                throw new SyntaxErrorException("RecursionError", "maximum recursion depth exceeded during parsing");
            if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            return result!;
        }
    }

    private static Mod ParseOnce(SourceText source, ParseMode mode, ParseBuffers? buffers)
    {
        var parser = new Parser(new Tokenizer(source, 0, execInput: mode == ParseMode.File), mode, buffers);
        try
        {
            return (Mod)parser.Run();
        }
        finally
        {
            if (buffers is not null) parser.ReturnBuffers(buffers);
        }
    }
}
