using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// Prints an uncaught exception as CPython 3.11 does (PyErr_Display): the chain of causes and contexts
/// with their banners, each traceback's frames with the source line, then "Type: message".
/// </summary>
internal static partial class TracebackPrinter
{
    public static void PrintException(ThreadState ts, PyBaseException exc)
    {
        var sb = new StringBuilder();
        FormatChain(ts, exc, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        var stderr = ts.Interp.Sys.Namespace.GetStr("stderr");
        var text = PyStr.Create(sb.ToString());
        if (stderr is PyTextStream s)
        {
            s.Write(ts, text);
            s.Flush();
        }
        else if (stderr is not null && stderr is not PyNone)
        {
            if (Protocols.CallMethod(ts, stderr, "write", [text]) is null) ts.ClearError();
        }
    }

    private static void FormatChain(ThreadState ts, PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            FormatChain(ts, cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatChain(ts, context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(ts, exc, sb);
    }

    private static void FormatOne(ThreadState ts, PyBaseException exc, StringBuilder sb)
    {
        if (exc.Traceback is { } tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var t = tb; t is not null; t = t.Next)
            {
                var code = t.Frame.Code;
                int line = t.LineNumber;
                sb.Append($"  File \"{code.Filename}\", line {line}, in {code.Name}\n");
                var src = SourceLines.GetLine(code.Filename.ToString(), line);
                if (src is not null) sb.Append("    ").Append(src.Trim()).Append('\n');
            }
        }
        sb.Append(FormatExceptionOnly(ts, exc));
    }

    /// <summary>"Type: message" (the module prefix for non-builtin classes, the message omitted when empty).</summary>
    public static string FormatExceptionOnly(ThreadState ts, PyBaseException exc)
    {
        var type = exc.Type;
        string name = type.IsHeapType ? type.QualName : type.Name;
        string module = type.IsHeapType && type.Namespace.GetStr("__module__") is PyStr m ? m.ToString() : "builtins";
        if (module != "builtins" && module != "__main__") name = module + "." + name;
        var saved = ts.FetchError();
        var s = Protocols.Str(ts, exc);
        string text;
        if (s is PyStr ps) text = ps.ToString();
        else
        {
            ts.ClearError();
            text = "<exception str() failed>";
        }
        ts.CurrentException = saved;
        return text.Length == 0 ? name + "\n" : name + ": " + text + "\n";
    }
}

/// <summary>Reads source lines for tracebacks (linecache's job in CPython).</summary>
internal static class SourceLines
{
    public static string? GetLine(string filename, int line)
    {
        if (line < 1) return null;
        try
        {
            if (!File.Exists(filename)) return null;
            int n = 0;
            foreach (var l in File.ReadLines(filename))
                if (++n == line) return l;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
