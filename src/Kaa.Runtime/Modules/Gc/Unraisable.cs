namespace Kaa.Runtime;

/// <summary>
/// PyErr_WriteUnraisable: an exception nobody can catch (raised by <c>__del__</c>, a weakref callback, a
/// thread's function) is reported on sys.stderr as "Exception ignored in: OBJ" with its traceback, and
/// cleared. A custom <c>sys.unraisablehook</c> gets an object with CPython's fields instead.
/// </summary>
internal static class Unraisable
{
    /// <summary>Reports and clears the current exception. <paramref name="errMsg"/>: the text after
    /// "Exception ignored " (null for "in"), <paramref name="obj"/>: the object it happened in.</summary>
    public static void Write(ThreadState ts, string? errMsg, PyObject? obj)
    {
        var exc = ts.FetchError();
        if (exc is null) return;
        string? message = errMsg is null ? null : "Exception ignored " + errMsg;
        var sys = ts.Interp.Sys.Namespace;
        var hook = sys.GetStr("unraisablehook");
        if (hook is not null && hook is not PyNone && hook != sys.GetStr("__unraisablehook__"))
        {
            var args = PySimpleNamespace.Create();
            args.Dict!.SetStr("exc_type", exc.Type);
            args.Dict!.SetStr("exc_value", exc);
            args.Dict!.SetStr("exc_traceback", (PyObject?)exc.Traceback ?? PyNone.Instance);
            args.Dict!.SetStr("err_msg", message is null ? PyNone.Instance : PyStr.Create(message));
            args.Dict!.SetStr("object", obj ?? PyNone.Instance);
            if (Protocols.Call(ts, hook, [args], null) is not null) return;
            // The hook failed: its own error is reported by the default hook.
            exc = ts.FetchError()!;
            message = "Exception ignored in sys.unraisablehook";
            obj = hook;
        }
        WriteDefault(ts, exc, message, obj);
    }

    /// <summary>sys.__unraisablehook__ (the default sys.unraisablehook): writes what its argument's
    /// exc_value, err_msg and object fields describe, as <see cref="Write"/> does without a custom hook.</summary>
    public static PyObject? DefaultHook(ThreadState ts, PyObject args)
    {
        PyObject? Field(string name)
        {
            var v = Protocols.GetAttr(ts, args, PyStr.Intern(name));
            if (v is null) return null;
            return v;
        }
        var value = Field("exc_value");
        if (value is null) return null;
        var errMsg = Field("err_msg");
        if (errMsg is null) return null;
        var obj = Field("object");
        if (obj is null) return null;
        if (value is PyBaseException exc)
            WriteDefault(ts, exc, errMsg is PyStr m ? m.ToString() : null, obj);
        return PyNone.Instance;
    }

    private static void WriteDefault(ThreadState ts, PyBaseException exc, string? message, PyObject? obj)
    {
        var file = ts.Interp.Sys.Namespace.GetStr("stderr");
        if (file is null || file is PyNone) return;
        var text = new System.Text.StringBuilder();
        if (obj is not null && obj is not PyNone)
        {
            text.Append(message ?? "Exception ignored in").Append(": ");
            if (Protocols.Repr(ts, obj) is PyStr r) text.Append(r.ToString());
            else
            {
                ts.ClearError();
                text.Append("<object repr() failed>");
            }
            text.Append('\n');
        }
        else if (message is not null) text.Append(message).Append(":\n");
        text.Append(TracebackPrinter.Format(ts, exc));
        var s = PyStr.Create(text.ToString());
        if (Protocols.CallMethod(ts, file, "write", [s]) is null || Protocols.CallMethod(ts, file, "flush", []) is null)
            ts.ClearError();
    }
}
