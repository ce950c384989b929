using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The text streams of <c>sys.stdout</c>/<c>stderr</c>/<c>stdin</c> until the full <c>_io</c> lands: UTF-8
/// over a .NET stream, with CPython's error handlers (strict for stdout, backslashreplace for stderr).
/// Shown as <c>_io.TextIOWrapper</c>, which is what these objects are in CPython.
/// </summary>
public sealed class PyTextStream : PyObject
{
    private readonly Stream? _out;
    private readonly TextReader? _in;
    private readonly MemoryStream _buffer = new();
    private readonly bool _backslashReplace;
    private readonly bool _lineBuffered;
    public readonly string Name;
    private readonly int _fileno;
    public bool Closed;

    public PyTextStream(Stream output, string name, int fileno, bool backslashReplace, bool lineBuffered) : base(BuiltinTypes.TextStream)
    {
        _out = output;
        Name = name;
        _fileno = fileno;
        _backslashReplace = backslashReplace;
        _lineBuffered = lineBuffered;
    }

    public PyTextStream(TextReader input, string name) : base(BuiltinTypes.TextStream)
    {
        _in = input;
        Name = name;
        _fileno = 0;
    }

    /// <summary>Writes the text; false with UnicodeEncodeError set for a lone surrogate under the strict handler.</summary>
    public bool Write(ThreadState ts, PyStr s)
    {
        if (_out is null)
        {
            ts.SetError(PyExc.OSError, "not writable");
            return false;
        }
        Span<byte> utf8 = stackalloc byte[4];
        bool newline = false;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (cp == '\n') newline = true;
            if (cp < 0x80)
            {
                _buffer.WriteByte((byte)cp);
                continue;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                if (_backslashReplace)
                {
                    _buffer.Write(Encoding.ASCII.GetBytes($"\\u{cp:x4}"));
                    continue;
                }
                ts.SetError(PyExc.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{cp:x4}' in position {i}: surrogates not allowed");
                return false;
            }
            int n = new Rune(cp).EncodeToUtf8(utf8);
            _buffer.Write(utf8[..n]);
        }
        if (_buffer.Length > 8192 || (_lineBuffered && newline)) Flush();
        return true;
    }

    public void Flush()
    {
        if (_out is null || _buffer.Length == 0) return;
        _buffer.Position = 0;
        _buffer.CopyTo(_out);
        _buffer.SetLength(0);
        _out.Flush();
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddMethod("write", static (ts, self, arg) =>
        {
            var st = (PyTextStream)self;
            if (arg is not PyStr s) return ts.TypeError($"write() argument must be str, not {arg.Type.Name}");
            if (st.Closed) return ts.ValueError("I/O operation on closed file.");
            return st.Write(ts, s) ? PyInt.Create(s.Length) : null;
        });
        type.AddMethod("flush", static (ts, self) =>
        {
            ((PyTextStream)self).Flush();
            return PyNone.Instance;
        });
        type.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var st = (PyTextStream)self;
            if (st._in is null) return ts.Raise(PyExc.OSError, "not readable");
            var line = st._in.ReadLine();
            return line is null ? PyStr.Empty : PyStr.Create(line + "\n");
        });
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            var st = (PyTextStream)self;
            if (st._in is null) return ts.Raise(PyExc.OSError, "not readable");
            return PyStr.Create(st._in.ReadToEnd());
        });
        type.AddMethod("fileno", static (ts, self) => PyInt.Create(((PyTextStream)self)._fileno));
        type.AddMethod("isatty", static (ts, self) => PyBool.False);
        type.AddMethod("writable", static (ts, self) => PyBool.From(((PyTextStream)self)._out is not null));
        type.AddMethod("readable", static (ts, self) => PyBool.From(((PyTextStream)self)._in is not null));
        type.AddGetSet("encoding", static (ts, self) => PyStr.Intern("utf-8"));
        type.AddGetSet("errors", static (ts, self) => PyStr.Intern(((PyTextStream)self)._backslashReplace ? "backslashreplace" : "strict"));
        type.AddGetSet("name", static (ts, self) => PyStr.Create(((PyTextStream)self).Name));
        type.AddGetSet("closed", static (ts, self) => PyBool.From(((PyTextStream)self).Closed));
        type.AddGetSet("line_buffering", static (ts, self) => PyBool.From(((PyTextStream)self)._lineBuffered));
        type.Repr = static (ts, self) => PyStr.Create($"<_io.TextIOWrapper name='{((PyTextStream)self).Name}' mode='{(((PyTextStream)self)._in is null ? "w" : "r")}' encoding='utf-8'>");
    }
}
