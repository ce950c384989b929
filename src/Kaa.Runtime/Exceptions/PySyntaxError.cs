namespace Kaa.Runtime;

/// <summary>
/// SyntaxError (IndentationError, TabError): <c>msg</c> and, from the details tuple
/// <c>(filename, lineno, offset, text[, end_lineno, end_offset])</c>, the position; <c>print_file_and_line</c>
/// is a plain settable member. str is "msg (file, line N)" with the file's base name.
/// </summary>
public sealed class PySyntaxError : PyBaseException
{
    public PyObject? Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine;

    public PySyntaxError(PyType type, PyTuple args) : base(type, args) { }

    internal static void Install(PyType type)
    {
        type.Init = static (ts, self, args, kw) =>
        {
            if (ExceptionSlots.BaseInit(ts, self, args, kw) < 0) return -1;
            var e = (PySyntaxError)self;
            var a = e.Args;
            if (a.Length >= 1) e.Msg = a.Items[0];
            if (a.Length == 2)
            {
                var info = a.Items[1] is PyTuple t && t.Type == BuiltinTypes.Tuple ? t.Items : Protocols.ToList(ts, a.Items[1])?.ToArray();
                if (info is null) return -1;
                if (info.Length < 4) return ExceptionSlots.Fail(ts, $"function takes at least 4 arguments ({info.Length} given)");
                if (info.Length > 6) return ExceptionSlots.Fail(ts, $"function takes at most 6 arguments ({info.Length} given)");
                e.Filename = info[0];
                e.Lineno = info[1];
                e.Offset = info[2];
                e.Text = info[3];
                e.EndLineno = info.Length > 4 ? info[4] : null;
                e.EndOffset = info.Length > 5 ? info[5] : null;
                if (e.EndLineno is not null && e.EndOffset is null)
                    return ExceptionSlots.Fail(ts, "end_offset must be provided when end_lineno is provided");
            }
            return 0;
        };
        type.Str = static (ts, self) =>
        {
            var e = (PySyntaxError)self;
            PyStr? file = e.Filename is PyStr f ? BaseName(f) : null;
            bool haveLine = e.Lineno is not null && e.Lineno.Type == BuiltinTypes.Int;
            var msg = Protocols.Str(ts, e.Msg ?? PyNone.Instance) as PyStr;
            if (msg is null) return null;
            if (file is null && !haveLine) return msg;
            var sb = new PyStrBuilder().Append(msg).Append(" (");
            if (file is not null) sb.Append(file);
            if (haveLine)
            {
                long line = ((PyInt)e.Lineno!).TryGetLong(out long l) ? l : -1;
                sb.Append(file is null ? $"line {line}" : $", line {line}");
            }
            return sb.Append(")").ToPyStr();
        };
        Member(type, "msg", static e => e.Msg, static (e, v) => e.Msg = v, "exception msg");
        Member(type, "filename", static e => e.Filename, static (e, v) => e.Filename = v, "exception filename");
        Member(type, "lineno", static e => e.Lineno, static (e, v) => e.Lineno = v, "exception lineno");
        Member(type, "offset", static e => e.Offset, static (e, v) => e.Offset = v, "exception offset");
        Member(type, "text", static e => e.Text, static (e, v) => e.Text = v, "exception text");
        Member(type, "end_lineno", static e => e.EndLineno, static (e, v) => e.EndLineno = v, "exception end lineno");
        Member(type, "end_offset", static e => e.EndOffset, static (e, v) => e.EndOffset = v, "exception end offset");
        Member(type, "print_file_and_line", static e => e.PrintFileAndLine, static (e, v) => e.PrintFileAndLine = v, "exception print_file_and_line");
    }

    /// <summary>The part after the last '/'.</summary>
    private static PyStr BaseName(PyStr path)
    {
        int offset = 0;
        for (int i = 0; i < path.Length; i++)
            if (path[i] == '/') offset = i + 1;
        if (offset == 0) return path;
        var sb = new PyStrBuilder();
        for (int i = offset; i < path.Length; i++) sb.AppendCodePoint(path[i]);
        return sb.ToPyStr();
    }

    /// <summary>A T_OBJECT member: reads None when unset, deletable.</summary>
    private static void Member(PyType type, string name, Func<PySyntaxError, PyObject?> get, Action<PySyntaxError, PyObject?> set, string doc)
    {
        // The delegates are per member; the getset closure keeps them (created once per process).
        type.AddMember(name, (ts, self) => get((PySyntaxError)self) ?? PyNone.Instance,
            (ts, self, value) => { set((PySyntaxError)self, value); return 0; }, doc);
    }
}
