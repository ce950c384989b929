using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// Prints exceptions as CPython 3.11 does (pythonrun.c's PyErr_Display and traceback.c): the chain of
/// causes and contexts with their banners; each traceback's frames with the source line and the PEP 657
/// carets; recursion collapsed into "[Previous line repeated N more times]"; SyntaxError's file/line and
/// caret display; the "Type: message" line with the "Did you mean" suggestion; the notes; and exception
/// groups drawn as nested boxes.
/// </summary>
internal static partial class TracebackPrinter
{
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;
    private const int RecursiveCutoff = 3;
    private const int SourceIndent = 4;
    private const int DefaultLimit = 1000;

    /// <summary>The state of one display (exception_print_context).</summary>
    private sealed class Context
    {
        public readonly ThreadState Ts;
        public readonly StringBuilder Out = new();
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;
        public readonly SourceLines Sources = new();

        public Context(ThreadState ts) => Ts = ts;

        public string Margin => GroupDepth > 0 ? "| " : "";
        public int Indent => 2 * GroupDepth;

        public void WriteIndentedMargin(int indent, string? margin)
        {
            Out.Append(' ', indent);
            if (margin is not null) Out.Append(margin);
        }

        public void WriteMargin() => WriteIndentedMargin(Indent, Margin);
    }

    /// <summary>
    /// The end of a program that raised (PyErr_Print): <c>sys.excepthook(type, value, tb)</c>, or the
    /// display itself when the hook is the default one.
    /// </summary>
    public static void PrintException(ThreadState ts, PyBaseException exc)
    {
        // CPython flushes sys.stdout before reporting (flush_io), so output and traceback keep their order.
        var stdout = ts.Interp.Sys.Namespace.GetStr("stdout");
        if (stdout is not null && stdout is not PyNone && Protocols.CallMethod(ts, stdout, "flush", []) is null) ts.ClearError();
        var hook = ts.Interp.Sys.Namespace.GetStr("excepthook");
        if (hook is not null && hook != ts.Interp.Sys.Namespace.GetStr("__excepthook__"))
        {
            var tb = (PyObject?)exc.Traceback ?? PyNone.Instance;
            if (Protocols.Call(ts, hook, [exc.Type, exc, tb], null) is not null) return;
            // The hook failed: report both, as CPython does.
            var hookError = ts.FetchError()!;
            WriteToStderr(ts, "Error in sys.excepthook:\n");
            Display(ts, hookError);
            WriteToStderr(ts, "\nOriginal exception was:\n");
        }
        Display(ts, exc);
    }

    /// <summary>_PyErr_Display to sys.stderr (nothing when it is None).</summary>
    public static void Display(ThreadState ts, PyBaseException exc)
    {
        var stderr = ts.Interp.Sys.Namespace.GetStr("stderr");
        if (stderr is null || stderr is PyNone) return;
        Write(ts, stderr, Format(ts, exc));
    }

    /// <summary>The whole display of <paramref name="exc"/> as text.</summary>
    public static string Format(ThreadState ts, PyBaseException exc)
    {
        var saved = ts.FetchError();
        var ctx = new Context(ts);
        PrintRecursive(ctx, exc);
        ts.CurrentException = saved;
        return ctx.Out.ToString();
    }

    private static void WriteToStderr(ThreadState ts, string text)
    {
        var stderr = ts.Interp.Sys.Namespace.GetStr("stderr");
        if (stderr is not null && stderr is not PyNone) Write(ts, stderr, text);
    }

    private static void Write(ThreadState ts, PyObject file, string text)
    {
        var s = PyStr.Create(text);
        if (Protocols.CallMethod(ts, file, "write", [s]) is null) ts.ClearError();
        else if (Protocols.CallMethod(ts, file, "flush", []) is null) ts.ClearError();
    }

    // ---- chains and groups -------------------------------------------------------------------------

    private static void PrintRecursive(Context ctx, PyBaseException value)
    {
        PrintCauseAndContext(ctx, value);
        if (value is PyBaseExceptionGroup group) PrintGroup(ctx, group);
        else PrintOne(ctx, value);
    }

    private static void PrintCauseAndContext(Context ctx, PyBaseException value)
    {
        ctx.Seen.Add(value);
        if (value.Cause is { } cause)
        {
            if (!ctx.Seen.Contains(cause))
                PrintChained(ctx, cause, "The above exception was the direct cause of the following exception:\n");
            return;
        }
        if (value.SuppressContext) return;
        if (value.Context is { } context && !ctx.Seen.Contains(context))
            PrintChained(ctx, context, "During handling of the above exception, another exception occurred:\n");
    }

    private static void PrintChained(Context ctx, PyBaseException value, string message)
    {
        bool needClose = ctx.NeedClose;
        if (!ctx.Ts.EnterNative(" in print_chained")) { ctx.Ts.ClearError(); return; }
        PrintRecursive(ctx, value);
        ctx.Ts.LeaveNative();
        ctx.NeedClose = needClose;
        ctx.WriteMargin();
        ctx.Out.Append('\n');
        ctx.WriteMargin();
        ctx.Out.Append(message);
        ctx.WriteMargin();
        ctx.Out.Append('\n');
    }

    private static void PrintGroup(Context ctx, PyBaseExceptionGroup value)
    {
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.WriteMargin();
            ctx.Out.Append($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        if (ctx.GroupDepth == 0) ctx.GroupDepth++;
        PrintOne(ctx, value);
        var excs = value.Exceptions.Items;
        int n = excs.Length <= MaxGroupWidth ? excs.Length : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) ctx.NeedClose = true; // the closing line may come from a nested call
            ctx.Out.Append(' ', ctx.Indent);
            bool truncated = i >= MaxGroupWidth;
            string head = i == 0 ? "+-" : "  ";
            ctx.Out.Append(truncated ? $"{head}+---------------- ... ----------------\n" : $"{head}+---------------- {i + 1} ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                if (!ctx.Ts.EnterNative(" in print_exception_group")) { ctx.Ts.ClearError(); ctx.GroupDepth--; return; }
                PrintRecursive(ctx, (PyBaseException)excs[i]);
                ctx.Ts.LeaveNative();
            }
            else
            {
                int remaining = excs.Length - MaxGroupWidth;
                ctx.WriteMargin();
                ctx.Out.Append($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.Out.Append(' ', ctx.Indent);
                ctx.Out.Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (ctx.GroupDepth == 1) ctx.GroupDepth--;
    }

    // ---- one exception -----------------------------------------------------------------------------

    private static void PrintOne(Context ctx, PyBaseException value)
    {
        var ts = ctx.Ts;
        if (value.Traceback is { } tb)
        {
            string header = "Traceback (most recent call last):\n";
            string headerMargin = ctx.Margin;
            if (value is PyBaseExceptionGroup)
            {
                header = "Exception Group Traceback (most recent call last):\n";
                if (ctx.GroupDepth == 1) headerMargin = "+ ";
            }
            PrintTraceback(ctx, tb, header, headerMargin);
        }
        PyObject shown = value;
        PrintFileAndLine(ctx, ref shown);
        PrintMessage(ctx, value.Type, shown);
        if (Suggestions.For(ts, value) is { } suggestion) ctx.Out.Append(". Did you mean: '").Append(suggestion).Append("'?");
        ctx.Out.Append('\n');
        PrintNotes(ctx, value);
    }

    /// <summary>"module.qualname: str(value)" (the module omitted for builtins and __main__; no colon for an empty str).</summary>
    private static void PrintMessage(Context ctx, PyType type, PyObject value)
    {
        var ts = ctx.Ts;
        ctx.WriteMargin();
        var module = Protocols.GetAttr(ts, type, "__module__");
        if (module is not PyStr m)
        {
            ts.ClearError();
            ctx.Out.Append("<unknown>.");
        }
        else if (m.ToString() is not ("builtins" or "__main__"))
            ctx.Out.Append(m.ToString()).Append('.');
        ctx.Out.Append(type.QualName);
        if (value is PyNone) return;
        var s = Protocols.Str(ts, value);
        if (s is not PyStr text)
        {
            ts.ClearError();
            ctx.Out.Append(": <exception str() failed>");
            return;
        }
        if (text.Length != 0) ctx.Out.Append(": ");
        ctx.Out.Append(text.ToString());
    }

    private static void PrintNotes(Context ctx, PyBaseException value)
    {
        var ts = ctx.Ts;
        var name = PyStr.Intern("__notes__");
        int has = Protocols.HasAttr(ts, value, name);
        if (has <= 0) { ts.ClearError(); return; }
        var notes = Protocols.GetAttr(ts, value, name);
        if (notes is null) { ts.ClearError(); return; }
        if (notes.Type.GetItem is null || notes is PyDict)
        {
            ctx.WriteMargin();
            var r = Protocols.Repr(ts, notes);
            if (r is PyStr rs) ctx.Out.Append(rs.ToString());
            else { ts.ClearError(); ctx.Out.Append("<__notes__ repr() failed>"); }
            return;
        }
        var items = Protocols.ToList(ts, notes);
        if (items is null) { ts.ClearError(); return; }
        foreach (var note in items)
        {
            var s = Protocols.Str(ts, note);
            if (s is not PyStr text)
            {
                ts.ClearError();
                ctx.Out.Append("<note str() failed>");
            }
            else
            {
                foreach (var line in SplitLinesKeepEnds(text.ToString()))
                {
                    ctx.WriteMargin();
                    ctx.Out.Append(line);
                }
            }
            ctx.Out.Append('\n');
        }
    }

    /// <summary>str.splitlines(keepends=True) over .NET text.</summary>
    private static IEnumerable<string> SplitLinesKeepEnds(string s)
    {
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                int end = i + 1;
                if (c == '\r' && end < s.Length && s[end] == '\n') { end++; i++; }
                yield return s[start..end];
                start = end;
            }
        }
        if (start < s.Length) yield return s[start..];
    }

    // ---- SyntaxError's location --------------------------------------------------------------------

    /// <summary>
    /// print_exception_file_and_line: for exceptions with a <c>print_file_and_line</c> attribute (SyntaxError
    /// and its subclasses) prints "  File "f", line N" and the text with carets, and replaces the value shown
    /// in the message line by its <c>msg</c>.
    /// </summary>
    private static void PrintFileAndLine(Context ctx, ref PyObject value)
    {
        var ts = ctx.Ts;
        var marker = Protocols.LookupAttr(ts, value, "print_file_and_line");
        if (marker is null) { ts.ClearError(); return; }
        if (!ParseSyntaxError(ts, value, out var message, out var filename, out long lineno, out long offset,
                out long endLineno, out long endOffset, out var text))
        {
            ts.ClearError();
            return;
        }
        value = message;
        ctx.WriteMargin();
        var fileText = Protocols.Str(ts, filename) is PyStr fs ? fs.ToString() : "?";
        ts.ClearError();
        ctx.Out.Append($"  File \"{fileText}\", line {lineno}\n");
        if (text is PyStr t)
        {
            byte[] line = Encoding.UTF8.GetBytes(t.ToString());
            if (endLineno > lineno) endOffset = line.Length;
            if (endOffset > line.Length + 1) endOffset = line.Length + 1;
            PrintErrorText(ctx, offset, endOffset, line);
        }
    }

    private static bool ParseSyntaxError(ThreadState ts, PyObject err, out PyObject message, out PyObject filename,
        out long lineno, out long offset, out long endLineno, out long endOffset, out PyObject? text)
    {
        message = filename = PyNone.Instance;
        lineno = offset = endLineno = endOffset = 0;
        text = null;
        var m = Protocols.GetAttr(ts, err, "msg");
        if (m is null) return false;
        message = m;
        var f = Protocols.GetAttr(ts, err, "filename");
        if (f is null) return false;
        filename = f is PyNone ? PyStr.Create("<string>") : f;
        var l = Protocols.GetAttr(ts, err, "lineno");
        if (l is null || !Protocols.AsIndex(ts, l, out lineno)) return false;
        var o = Protocols.GetAttr(ts, err, "offset");
        if (o is null) return false;
        if (o is PyNone) offset = -1;
        else if (!Protocols.AsIndex(ts, o, out offset)) return false;
        if (err.Type == PyExc.SyntaxError)
        {
            var el = Protocols.GetAttr(ts, err, "end_lineno");
            if (el is null) { ts.ClearError(); endLineno = lineno; }
            else if (el is PyNone) endLineno = lineno;
            else if (!Protocols.AsIndex(ts, el, out endLineno)) return false;
            var eo = Protocols.GetAttr(ts, err, "end_offset");
            if (eo is null) { ts.ClearError(); endOffset = -1; }
            else if (eo is PyNone) endOffset = -1;
            else if (!Protocols.AsIndex(ts, eo, out endOffset)) return false;
        }
        else
        {
            endLineno = lineno;
            endOffset = -1;
        }
        var tx = Protocols.GetAttr(ts, err, "text");
        if (tx is null) return false;
        text = tx is PyNone ? null : tx;
        return true;
    }

    /// <summary>print_error_text: the text (leading blanks stripped) and the caret line; CPython works in
    /// UTF-8 bytes here, so the carets sit under bytes, not characters.</summary>
    private static void PrintErrorText(Context ctx, long offset, long endOffset, byte[] text)
    {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            start++;
            offset--;
        }
        int len = text.Length - start;
        if (len > 0 && text[^1] == '\n') len--;
        if (offset > len) offset = len;
        // Skip past newlines embedded in the text before the offset.
        while (true)
        {
            int nl = Array.IndexOf(text, (byte)'\n', start);
            if (nl < 0) break;
            int inl = nl - start;
            if (inl >= offset) break;
            inl++;
            start += inl;
            len -= inl;
            offset -= inl;
        }
        ctx.Out.Append("    ");
        string shown = Encoding.UTF8.GetString(text, start, text.Length - start);
        ctx.Out.Append(shown);
        if (start + len >= text.Length || text[start + len] != '\n') ctx.Out.Append('\n');
        if (offset < 0) return;
        ctx.Out.Append("    ");
        ctx.Out.Append(' ', (int)offset);
        ctx.Out.Append('^', (int)Math.Min(carets, 100000));
        ctx.Out.Append('\n');
    }
}
