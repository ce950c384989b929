using Kaa.Syntax.Errors;

namespace Kaa.Runtime;

/// <summary>Turns the parser's and compiler's <see cref="SyntaxErrorException"/> into the Python exception.</summary>
internal static class SyntaxErrors
{
    public static void Raise(ThreadState ts, SyntaxErrorException e, string filename)
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
            e.Text is null ? PyNone.Instance : PyStr.Create(e.Text), Opt(e.EndLineno), Opt(e.EndOffset),
        ]);
        ts.SetError(type, PyTuple.Create(PyStr.Create(e.Msg), details));
    }
}
