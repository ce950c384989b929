using System.Collections.Frozen;

namespace Kaa.Runtime;

/// <summary>BaseException's slots and members (args, with_traceback, add_note, __str__, __repr__,
/// __reduce__, __setstate__, chaining attributes), and the allocation of exception instances.</summary>
internal static partial class ExceptionSlots
{
    /// <summary>BaseException.__new__: an instance whose args are the positional arguments (keywords are left to __init__).</summary>
    internal static readonly NewFunc BaseNew = static (ts, t, args, kw) => Allocate(t, Positional(args, kw));

    /// <summary>BaseException.__init__: no keywords; args become the positional arguments.</summary>
    internal static readonly InitFunc BaseInit = static (ts, self, args, kw) =>
    {
        if (!NoKeywords(ts, self.Type, kw)) return -1;
        var e = (PyBaseException)self;
        // __new__ usually stored these very arguments already: keep that tuple rather than copy again.
        if (!SameItems(e.Args, args)) e.Args = Positional(args, kw);
        return 0;
    };

    private static bool SameItems(PyTuple tuple, ReadOnlySpan<PyObject> args)
    {
        var items = tuple.Items;
        if (items.Length != args.Length) return false;
        for (int i = 0; i < items.Length; i++)
            if (!ReferenceEquals(items[i], args[i])) return false;
        return true;
    }

    internal static readonly UnaryFunc BaseStr = static (ts, self) => StrOfArgs(ts, ((PyBaseException)self).Args);

    internal static void Install(PyType type)
    {
        type.New = BaseNew;
        type.Init = BaseInit;
        type.Str = BaseStr;
        type.Repr = static (ts, self) =>
        {
            var e = (PyBaseException)self;
            string name = e.Type.Name;
            int dot = name.LastIndexOf('.');
            if (dot >= 0) name = name[(dot + 1)..];
            var sb = new PyStrBuilder().Append(name);
            if (e.Args.Length == 1)
            {
                if (Protocols.Repr(ts, e.Args.Items[0]) is not PyStr r) return null;
                return sb.Append("(").Append(r).Append(")").ToPyStr();
            }
            if (Protocols.Repr(ts, e.Args) is not PyStr tr) return null;
            return sb.Append(tr).ToPyStr();
        };
        type.AddGetSet("args", static (ts, self) => ((PyBaseException)self).Args, static (ts, self, value) =>
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "args may not be deleted"); return -1; }
            var items = value is PyTuple t ? t.Items : Protocols.ToList(ts, value)?.ToArray();
            if (items is null) return -1;
            ((PyBaseException)self).Args = value.Type == BuiltinTypes.Tuple ? (PyTuple)value : PyTuple.Create(items);
            return 0;
        });
        type.AddGetSet("__traceback__", static (ts, self) => (PyObject?)((PyBaseException)self).Traceback ?? PyNone.Instance,
            static (ts, self, value) => value is null ? Fail(ts, "__traceback__ may not be deleted") : SetTraceback(ts, (PyBaseException)self, value));
        type.AddGetSet("__cause__", static (ts, self) => (PyObject?)((PyBaseException)self).Cause ?? PyNone.Instance, static (ts, self, value) =>
        {
            if (value is null) return Fail(ts, "__cause__ may not be deleted");
            var e = (PyBaseException)self;
            if (value is PyNone) e.Cause = null;
            else if (value is PyBaseException c) e.Cause = c;
            else return Fail(ts, "exception cause must be None or derive from BaseException");
            e.SuppressContext = true;
            return 0;
        });
        type.AddGetSet("__context__", static (ts, self) => (PyObject?)((PyBaseException)self).Context ?? PyNone.Instance, static (ts, self, value) =>
        {
            if (value is null) return Fail(ts, "__context__ may not be deleted");
            var e = (PyBaseException)self;
            if (value is PyNone) e.Context = null;
            else if (value is PyBaseException c) e.Context = c;
            else return Fail(ts, "exception context must be None or derive from BaseException");
            return 0;
        });
        type.AddMember("__suppress_context__", static (ts, self) => PyBool.From(((PyBaseException)self).SuppressContext), static (ts, self, value) =>
        {
            // A T_BOOL member: a bool and nothing else.
            if (value is null) return Fail(ts, "can't delete numeric/char attribute");
            if (value is not PyBool b) return Fail(ts, "attribute value type must be bool");
            ((PyBaseException)self).SuppressContext = b == PyBool.True;
            return 0;
        });
        type.AddGetSet("__dict__", static (ts, self) =>
        {
            ((PyBaseException)self).DictExposed = true;
            return self.Dict!;
        }, static (ts, self, value) =>
        {
            ((PyBaseException)self).DictExposed = true;
            if (value is null) return Fail(ts, "cannot delete __dict__");
            if (value is not PyDict d) return Fail(ts, $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            self.Dict = d;
            return 0;
        });
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var e = (PyBaseException)self;
            return e.DictIfCreated is { } d ? PyTuple.Create([e.Type, e.Args, d]) : PyTuple.Create(e.Type, e.Args);
        });
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (state is PyNone) return PyNone.Instance;
            if (state is not PyDict d) return ts.TypeError("state is not a dictionary");
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (k is not PyStr name) return ts.TypeError($"attribute name must be string, not '{k.Type.Name}'");
                if (Protocols.SetAttr(ts, self, name, v) < 0) return null;
            }
            return PyNone.Instance;
        });
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(SizeOf((PyBaseException)self)),
            "Size of object in memory, in bytes.");
        type.AddMethod("with_traceback", static (ts, self, tb) => SetTraceback(ts, (PyBaseException)self, tb) < 0 ? null : self,
            "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.");
        type.AddMethod("add_note", static (ts, self, note) =>
        {
            if (note is not PyStr) return ts.TypeError($"note must be a str, not '{note.Type.Name}'");
            var name = PyStr.Intern("__notes__");
            int has = Protocols.HasAttr(ts, self, name);
            if (has < 0) return null;
            if (has == 0 && Protocols.SetAttr(ts, self, name, new PyList()) < 0) return null;
            var notes = Protocols.GetAttr(ts, self, name);
            if (notes is null) return null;
            if (notes is not PyList list) return ts.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(note);
            return PyNone.Instance;
        }, "Exception.add_note(note) --\n    add a note to the exception");
    }

    /// <summary>
    /// object.__sizeof__ for exceptions: CPython's struct size of the nearest builtin exception with fields,
    /// plus a weak-reference pointer for classes made in Python (and ExceptionGroup, a heap type in
    /// CPython) unless __slots__ removed it, plus the __slots__ pointers.
    /// </summary>
    private static long SizeOf(PyBaseException e)
    {
        var type = e.Type;
        long size = e switch
        {
            PyStopIteration or PySystemExit or PyNameError => 80,
            PyAttributeError or PyBaseExceptionGroup => 88,
            PyImportError => 96,
            PyOSError => 112,
            PySyntaxError => 136,
            PyUnicodeError when type != PyExc.UnicodeError && !IsPlainUnicodeErrorSubclass(type) => 112,
            _ => 72,
        };
        bool weakref = type.IsSubtypeOf(PyExc.ExceptionGroup);
        foreach (var t in type.Mro)
            if (t.IsHeapType && !t.Namespace.TryGetStr(PyStr.Intern("__slots__"), out _)) weakref = true;
        return size + (weakref ? 8 : 0) + 8L * type.SlotCount;
    }

    /// <summary>A Python subclass of UnicodeError that is not one of the three with fields.</summary>
    private static bool IsPlainUnicodeErrorSubclass(PyType type)
        => !type.IsSubtypeOf(PyExc.UnicodeEncodeError) && !type.IsSubtypeOf(PyExc.UnicodeDecodeError) && !type.IsSubtypeOf(PyExc.UnicodeTranslateError);

    private static int SetTraceback(ThreadState ts, PyBaseException e, PyObject value)
    {
        if (value is PyNone) e.Traceback = null;
        else if (value is PyTraceback t) e.Traceback = t;
        else return Fail(ts, "__traceback__ must be a traceback or None");
        return 0;
    }

    internal static int Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return -1;
    }

    /// <summary>The positional part of a vectorcall argument span.</summary>
    internal static PyTuple Positional(ReadOnlySpan<PyObject> args, PyTuple? kw)
        => PyTuple.FromSpan(kw is null ? args : args[..(args.Length - kw.Length)]);

    /// <summary>_PyArg_NoKeywords with the type's name.</summary>
    internal static bool NoKeywords(ThreadState ts, PyType type, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{type.Name}() takes no keyword arguments");
        return false;
    }

    /// <summary>Copies every item of <paramref name="from"/> into <paramref name="to"/> (false with an error set).</summary>
    internal static bool CopyInto(ThreadState ts, PyDict from, PyDict to)
    {
        int pos = 0;
        while (from.Next(ref pos, out var k, out var v))
            if (!to.SetItem(ts, k, v)) return false;
        return true;
    }

    /// <summary>BaseException.__str__ of an args tuple: '' / str(arg) / str(args).</summary>
    internal static PyObject? StrOfArgs(ThreadState ts, PyTuple args) => args.Length switch
    {
        0 => PyStr.Empty,
        1 => Protocols.Str(ts, args.Items[0]),
        _ => Protocols.Str(ts, args),
    };

    /// <summary>
    /// Keyword-only arguments of an exception's __init__ (PyArg_ParseTupleAndKeywords with "|$OO:Name" over an
    /// empty tuple): fills <paramref name="values"/> by name; false with CPython's TypeError for an unknown
    /// name or too many.
    /// </summary>
    internal static bool KeywordOnly(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kw,
        string[] names, Span<PyObject?> values)
    {
        values.Clear();
        if (kw is null || kw.Length == 0) return true;
        if (kw.Length > names.Length)
        {
            ts.SetError(PyExc.TypeError, $"{function}() takes at most {names.Length} keyword argument{(names.Length == 1 ? "" : "s")} ({kw.Length} given)");
            return false;
        }
        int first = args.Length - kw.Length;
        for (int i = 0; i < kw.Length; i++)
        {
            string key = kw.Items[i].ToString()!;
            int at = Array.IndexOf(names, key);
            if (at < 0)
            {
                ts.SetError(PyExc.TypeError, $"'{key}' is an invalid keyword argument for {function}()");
                return false;
            }
            values[at] = args[first + i];
        }
        return true;
    }

    /// <summary>Allocates an instance of <paramref name="type"/> with the C# class its nearest builtin base with fields needs.</summary>
    internal static PyBaseException Allocate(PyType type, PyTuple args)
    {
        if (Allocators.ByType.TryGetValue(type, out var make)) return make(type, args);
        // A class: the instance layout of its bases' exception with fields (class E(KeyError, AttributeError)
        // makes AttributeErrors), whichever base lists it.
        foreach (var t in type.Mro)
            if (Allocators.WithFields.TryGetValue(t, out make)) return make(type, args);
        return new PyBaseException(type, args);
    }

    /// <summary>solid_base for a builtin exception type: the nearest one that adds fields, else BaseException.</summary>
    internal static PyType LayoutOwner(PyType builtinException)
    {
        foreach (var t in builtinException.Mro)
            if (Allocators.WithFields.ContainsKey(t)) return t;
        return PyExc.BaseException;
    }

    /// <summary>
    /// Fast creation for builtin exception types raised by the runtime: the type's own new and init slots,
    /// without the call machinery. False with an error set if they fail.
    /// </summary>
    internal static bool TryCreateBuiltin(ThreadState ts, PyType type, PyTuple args, out PyBaseException exc)
    {
        exc = null!;
        PyBaseException? made;
        if (type.New == BaseNew) made = Allocate(type, args);
        else
        {
            var obj = type.New!(ts, type, args.Items, null);
            if (obj is null) return false;
            made = (PyBaseException)obj;
            if (made.Type != type) { exc = made; return true; } // OSError(errno, ...) picked a subclass: it is initialised
        }
        if (type.Init != BaseInit && type.Init is { } init && init(ts, made, args.Items, null) < 0) return false;
        exc = made;
        return true;
    }

    /// <summary>The C# class for instances of every builtin exception type (built on first use, after the
    /// exception types exist): one lookup for builtin types, a walk up the MRO for Python subclasses.</summary>
    private static class Allocators
    {
        internal static readonly FrozenDictionary<PyType, Func<PyType, PyTuple, PyBaseException>> WithFields =
            MakeWithFields().ToFrozenDictionary(ReferenceEqualityComparer.Instance);

        internal static readonly FrozenDictionary<PyType, Func<PyType, PyTuple, PyBaseException>> ByType = Build();

        private static FrozenDictionary<PyType, Func<PyType, PyTuple, PyBaseException>> Build()
        {
            var withFields = WithFields;
            var all = new Dictionary<PyType, Func<PyType, PyTuple, PyBaseException>>(ReferenceEqualityComparer.Instance);
            foreach (var type in PyExc.All)
            {
                Func<PyType, PyTuple, PyBaseException> make = static (t, a) => new PyBaseException(t, a);
                foreach (var t in type.Mro)
                    if (withFields.TryGetValue(t, out var m)) { make = m; break; }
                all[type] = make;
            }
            return all.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
        }

        private static Dictionary<PyType, Func<PyType, PyTuple, PyBaseException>> MakeWithFields() =>
            new(ReferenceEqualityComparer.Instance)
            {
                [PyExc.StopIteration] = static (t, a) => new PyStopIteration(t, a),
                [PyExc.SystemExit] = static (t, a) => new PySystemExit(t, a),
                [PyExc.ImportError] = static (t, a) => new PyImportError(t, a),
                [PyExc.AttributeError] = static (t, a) => new PyAttributeError(t, a),
                [PyExc.NameError] = static (t, a) => new PyNameError(t, a),
                [PyExc.OSError] = static (t, a) => new PyOSError(t, a),
                [PyExc.SyntaxError] = static (t, a) => new PySyntaxError(t, a),
                [PyExc.UnicodeError] = static (t, a) => new PyUnicodeError(t, a),
                [PyExc.BaseExceptionGroup] = static (t, a) => new PyBaseExceptionGroup(t, a),
            };
    }
}
