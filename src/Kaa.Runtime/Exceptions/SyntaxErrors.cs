using Kaa.Syntax.Errors;

namespace Kaa.Runtime;

/// <summary>Turns the parser's and compiler's <see cref="SyntaxErrorException"/> into the Python exception.</summary>
internal static class SyntaxErrors
{
    /// <summary>Messages of errors the tokenizer raises itself: their text stops where the tokenizer was,
    /// before the line's newline.</summary>
    private static readonly string[] s_tokenizerMessages =
    [
        "unterminated string literal", "unterminated triple-quoted string literal", "invalid character",
        "invalid non-printable character", "invalid decimal literal", "invalid hexadecimal literal",
        "invalid octal literal", "invalid binary literal", "invalid digit", "leading zeros in decimal integer",
        "too many nested parentheses", "unmatched '", "closing parenthesis",
    ];

    /// <param name="execInput">The source was compiled in exec mode, where CPython's tokenizer adds a newline
    /// at the end of the input: then every line it reports in <c>text</c> ends with one.</param>
    public static void Raise(ThreadState ts, SyntaxErrorException e, string filename, bool execInput = true)
    {
        var type = e.PythonType switch
        {
            "SyntaxError" => PyExc.SyntaxError,
            "IndentationError" => PyExc.IndentationError,
            "TabError" => PyExc.TabError,
            "ValueError" => PyExc.ValueError,
            "MemoryError" => PyExc.MemoryError,
            "RecursionError" => PyExc.RecursionError,
            "OverflowError" => PyExc.OverflowError,
            "UnicodeDecodeError" => PyExc.SyntaxError,
            "LookupError" => PyExc.SyntaxError,
            _ => PyExc.SyntaxError,
        };
        if (!e.IsSyntaxError && type != PyExc.SyntaxError)
        {
            ts.SetError(type, e.Msg);
            return;
        }
        static PyObject Opt(int? v) => v is { } x ? PyInt.Create(x) : PyNone.Instance;
        var details = PyTuple.Create(
        [
            PyStr.Create(e.Filename ?? filename), Opt(e.Lineno), Opt(e.Offset),
            e.Text is null ? PyNone.Instance : PyStr.Create(TextOf(e, execInput)), Opt(e.EndLineno), Opt(e.EndOffset),
        ]);
        ts.SetError(type, PyTuple.Create(PyStr.Create(e.Msg), details));
    }

    private static string TextOf(SyntaxErrorException e, bool execInput)
    {
        string text = e.Text!;
        if (!execInput || text.EndsWith('\n')) return text;
        foreach (var m in s_tokenizerMessages)
            if (e.Msg.StartsWith(m, StringComparison.Ordinal)) return text;
        return text + "\n";
    }
}
