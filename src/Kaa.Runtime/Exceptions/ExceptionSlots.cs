namespace Kaa.Runtime;

/// <summary>BaseException's slots and members (args, with_traceback, add_note, __str__, __repr__, chaining attributes).</summary>
internal static partial class ExceptionSlots
{
    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            var exc = Allocate(t, PyTuple.FromSpan(args[..(args.Length - (kw?.Length ?? 0))]));
            return exc;
        };
        type.Init = static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0 && !self.Type.IsHeapType)
            {
                ts.SetError(PyExc.TypeError, $"{self.Type.Name}() takes no keyword arguments");
                return -1;
            }
            ((PyBaseException)self).Args = PyTuple.FromSpan(args[..(args.Length - (kw?.Length ?? 0))]);
            return 0;
        };
        type.Str = static (ts, self) =>
        {
            var a = ((PyBaseException)self).Args;
            return a.Length switch
            {
                0 => PyStr.Empty,
                1 => Protocols.Str(ts, a.Items[0]),
                _ => Protocols.Str(ts, a),
            };
        };
        type.Repr = static (ts, self) =>
        {
            var e = (PyBaseException)self;
            string name = e.Type.IsHeapType ? e.Type.Name : e.Type.Name;
            if (e.Args.Length == 1)
            {
                var r = Protocols.Repr(ts, e.Args.Items[0]);
                return r is null ? null : PyStr.Create($"{name}({r})");
            }
            var tr = Protocols.Repr(ts, e.Args);
            return tr is null ? null : PyStr.Create(name + tr);
        };
        type.AddGetSet("args", static (ts, self) => ((PyBaseException)self).Args, static (ts, self, value) =>
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "args may not be deleted"); return -1; }
            var items = Protocols.ToList(ts, value);
            if (items is null) return -1;
            ((PyBaseException)self).Args = PyTuple.Create(items.ToArray());
            return 0;
        });
        type.AddGetSet("__traceback__", static (ts, self) => (PyObject?)((PyBaseException)self).Traceback ?? PyNone.Instance, static (ts, self, value) =>
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "__traceback__ may not be deleted"); return -1; }
            if (value is PyNone) { ((PyBaseException)self).Traceback = null; return 0; }
            if (value is not PyTraceback tb) { ts.SetError(PyExc.TypeError, "__traceback__ must be a traceback or None"); return -1; }
            ((PyBaseException)self).Traceback = tb;
            return 0;
        });
        type.AddGetSet("__cause__", static (ts, self) => (PyObject?)((PyBaseException)self).Cause ?? PyNone.Instance, static (ts, self, value) =>
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "__cause__ may not be deleted"); return -1; }
            var e = (PyBaseException)self;
            if (value is PyNone) e.Cause = null;
            else if (value is PyBaseException c) e.Cause = c;
            else { ts.SetError(PyExc.TypeError, "exception cause must be None or derive from BaseException"); return -1; }
            e.SuppressContext = true;
            return 0;
        });
        type.AddGetSet("__context__", static (ts, self) => (PyObject?)((PyBaseException)self).Context ?? PyNone.Instance, static (ts, self, value) =>
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "__context__ may not be deleted"); return -1; }
            var e = (PyBaseException)self;
            if (value is PyNone) e.Context = null;
            else if (value is PyBaseException c) e.Context = c;
            else { ts.SetError(PyExc.TypeError, "exception context must be None or derive from BaseException"); return -1; }
            return 0;
        });
        type.AddGetSet("__suppress_context__", static (ts, self) => PyBool.From(((PyBaseException)self).SuppressContext), static (ts, self, value) =>
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "__suppress_context__ may not be deleted"); return -1; }
            int t = Protocols.IsTrue(ts, value);
            if (t < 0) return -1;
            ((PyBaseException)self).SuppressContext = t == 1;
            return 0;
        });
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!);
        type.AddMethod("with_traceback", static (ts, self, tb) =>
        {
            var e = (PyBaseException)self;
            if (tb is PyNone) e.Traceback = null;
            else if (tb is PyTraceback t) e.Traceback = t;
            else return ts.TypeError("__traceback__ must be a traceback or None");
            return self;
        });
        type.AddMethod("add_note", static (ts, self, note) =>
        {
            if (note is not PyStr) return ts.TypeError($"note must be a str, not '{note.Type.Name}'");
            var dict = self.Dict!;
            var notes = dict.GetStr("__notes__");
            if (notes is null)
            {
                notes = new PyList();
                dict.SetStr("__notes__", notes);
            }
            if (notes is not PyList list) return ts.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(note);
            return PyNone.Instance;
        });
    }

    /// <summary>Allocates an instance of <paramref name="type"/> with the C# class its nearest builtin exception base needs.</summary>
    internal static PyBaseException Allocate(PyType type, PyTuple args)
    {
        if (type.IsSubtypeOf(PyExc.AttributeError)) return new PyAttributeError(type, args);
        if (type.IsSubtypeOf(PyExc.NameError)) return new PyNameError(type, args);
        return new PyBaseException(type, args);
    }

    /// <summary>Fast creation for builtin exception types raised by the runtime (no Python __init__ to run).</summary>
    internal static bool TryCreateBuiltin(PyType type, PyTuple args, out PyBaseException exc)
    {
        exc = Allocate(type, args);
        return true;
    }
}
