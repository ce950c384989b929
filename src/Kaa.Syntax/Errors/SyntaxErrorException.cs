namespace Kaa.Syntax.Errors;

/// <summary>
/// A Python exception raised while reading source: <c>SyntaxError</c>, its subclasses
/// <c>IndentationError</c> and <c>TabError</c>, or the few other exceptions CPython's parser raises
/// (<c>ValueError</c> for a null byte, <c>MemoryError</c>, <c>RecursionError</c>, ...).
///
/// The positions are those of CPython's SyntaxError object: <see cref="Offset"/> and
/// <see cref="EndOffset"/> are 1-based and counted in characters (code points) of the line, not
/// bytes; any of them may be None (null). The syntax layer throws this to abandon a parse; callers
/// catch it at the API boundary (<see cref="Parser.PythonParser"/>) and turn it into a Python
/// exception, so it never escapes to a user.
/// </summary>
public sealed class SyntaxErrorException : Exception
{
    public SyntaxErrorException(string pythonType, string msg, int? lineno = null, int? offset = null,
        int? endLineno = null, int? endOffset = null, string? text = null, string? filename = null)
        : base(msg)
    {
        PythonType = pythonType;
        Msg = msg;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
        Filename = filename;
    }

    /// <summary>The Python class name: "SyntaxError", "IndentationError", "TabError", "ValueError", ...</summary>
    public string PythonType { get; }

    public string Msg { get; }
    public int? Lineno { get; }
    public int? Offset { get; }
    public int? EndLineno { get; }
    public int? EndOffset { get; }

    /// <summary>The source line the error is on, as CPython's <c>SyntaxError.text</c>.</summary>
    public string? Text { get; }

    public string? Filename { get; set; }

    /// <summary>True for SyntaxError and its subclasses, which carry positions.</summary>
    public bool IsSyntaxError => PythonType is "SyntaxError" or "IndentationError" or "TabError";

    /// <summary>The one-line form used by <c>--dump-ast</c> and the oracle script.</summary>
    public string Describe()
    {
        if (!IsSyntaxError) return $"{PythonType}: {Msg}";
        return $"{PythonType}: {Msg} ({Show(Lineno)}, {Show(Offset)}, {Show(EndLineno)}, {Show(EndOffset)})";
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";
}
