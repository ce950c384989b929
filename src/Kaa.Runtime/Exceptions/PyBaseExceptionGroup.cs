namespace Kaa.Runtime;

/// <summary>
/// BaseExceptionGroup / ExceptionGroup (PEP 654): <c>message</c> and the tuple <c>exceptions</c>, fixed by
/// __new__, which also picks ExceptionGroup for BaseExceptionGroup(...) when every member is an
/// Exception. <c>split</c>/<c>subgroup</c> walk the nested groups keeping each group's structure and
/// metadata (<c>derive</c> makes the new groups); the VM's except* support is in ExceptionGroups.cs.
/// </summary>
public sealed class PyBaseExceptionGroup : PyBaseException
{
    public PyStr Message = PyStr.Empty;
    public PyTuple Exceptions = PyTuple.Empty;

    public PyBaseExceptionGroup(PyType type, PyTuple args) : base(type, args) { }

    internal static void Install(PyType type)
    {
        type.New = static (ts, type, args, kw) =>
        {
            var positional = ExceptionSlots.Positional(args, kw);
            if (positional.Length != 2)
                return ts.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({positional.Length} given)");
            if (positional.Items[0] is not PyStr message)
                return ts.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {positional.Items[0].Type.Name}");
            var excs = positional.Items[1];
            if (excs.Type.GetItem is null || excs is PyDict)
                return ts.TypeError("second argument (exceptions) must be a sequence");
            var items = excs.Type == BuiltinTypes.Tuple ? ((PyTuple)excs).Items : Protocols.ToList(ts, excs)?.ToArray();
            if (items is null) return null;
            if (items.Length == 0) return ts.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool nestedBase = false;
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyBaseException e) return ts.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!e.Type.IsSubtypeOf(PyExc.Exception)) nestedBase = true;
            }
            var cls = type;
            if (cls == PyExc.ExceptionGroup)
            {
                if (nestedBase) return ts.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (cls == PyExc.BaseExceptionGroup)
            {
                if (!nestedBase) cls = PyExc.ExceptionGroup;
            }
            else if (nestedBase && cls.IsSubtypeOf(PyExc.Exception))
                return ts.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
            var eg = (PyBaseExceptionGroup)ExceptionSlots.Allocate(cls, positional);
            eg.Message = message;
            eg.Exceptions = PyTuple.Create(items);
            return eg;
        };
        type.Init = static (ts, self, args, kw) => ExceptionSlots.BaseInit(ts, self, args, kw);
        type.Str = static (ts, self) =>
        {
            var eg = (PyBaseExceptionGroup)self;
            if (Protocols.Str(ts, eg.Message) is not PyStr m) return null;
            int n = eg.Exceptions.Length;
            return new PyStrBuilder().Append(m).Append($" ({n} sub-exception{(n > 1 ? "s" : "")})").ToPyStr();
        };
        type.AddMember("message", static (ts, self) => ((PyBaseExceptionGroup)self).Message, doc: "exception message");
        type.AddMember("exceptions", static (ts, self) => ((PyBaseExceptionGroup)self).Exceptions, doc: "nested exceptions");
        type.AddMethod("derive", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "derive", kw)) return null;
            if (args.Length != 1) return ts.TypeError($"function takes exactly 1 argument ({args.Length} given)");
            return Protocols.Call(ts, PyExc.BaseExceptionGroup, [((PyBaseExceptionGroup)self).Message, args[0]], null);
        });
        type.AddMethod("split", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "split", kw)) return null;
            if (args.Length != 1) return ts.TypeError($"split expected 1 argument, got {args.Length}");
            if (!GetMatcher(ts, args[0], out var matcher)) return null;
            if (!Split(ts, (PyBaseException)self, matcher, constructRest: true, out var match, out var rest)) return null;
            return PyTuple.Create((PyObject?)match ?? PyNone.Instance, (PyObject?)rest ?? PyNone.Instance);
        });
        type.AddMethod("subgroup", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "subgroup", kw)) return null;
            if (args.Length != 1) return ts.TypeError($"subgroup expected 1 argument, got {args.Length}");
            if (!GetMatcher(ts, args[0], out var matcher)) return null;
            if (!Split(ts, (PyBaseException)self, matcher, constructRest: false, out var match, out _)) return null;
            return (PyObject?)match ?? PyNone.Instance;
        });
    }

    private static bool NoKeywords(ThreadState ts, string method, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"BaseExceptionGroup.{method}() takes no keyword arguments");
        return false;
    }

    /// <summary>How split/subgroup decide that a leaf (or a whole group) matches.</summary>
    internal readonly struct Matcher
    {
        /// <summary>An exception class or tuple of classes; or a predicate function; or null with <see cref="LeafIds"/>.</summary>
        public readonly PyObject? Value;
        public readonly bool IsPredicate;
        /// <summary>The leaf exceptions to keep (the interpreter's projection for except*).</summary>
        public readonly HashSet<PyBaseException>? LeafIds;

        public Matcher(PyObject value, bool isPredicate) { Value = value; IsPredicate = isPredicate; LeafIds = null; }
        public Matcher(HashSet<PyBaseException> ids) { Value = null; IsPredicate = false; LeafIds = ids; }
    }

    private static bool IsExceptionClass(PyObject o) => o is PyType t && t.IsSubtypeOf(PyExc.BaseException);

    private static bool GetMatcher(ThreadState ts, PyObject value, out Matcher matcher)
    {
        matcher = default;
        if (value is PyFunction) { matcher = new Matcher(value, true); return true; }
        if (IsExceptionClass(value)) { matcher = new Matcher(value, false); return true; }
        if (value.Type == BuiltinTypes.Tuple)
        {
            bool all = true;
            foreach (var item in ((PyTuple)value).Items) all &= IsExceptionClass(item);
            if (all) { matcher = new Matcher(value, false); return true; }
        }
        ts.SetError(PyExc.TypeError, "expected a function, exception type or tuple of exception types");
        return false;
    }

    private static int Matches(ThreadState ts, PyBaseException exc, in Matcher m)
    {
        if (m.LeafIds is { } ids) return exc is not PyBaseExceptionGroup && ids.Contains(exc) ? 1 : 0;
        if (!m.IsPredicate) return Eval.GivenExceptionMatches(exc, m.Value!) ? 1 : 0;
        var r = Protocols.Call1(ts, m.Value!, exc);
        return r is null ? -1 : Protocols.IsTrue(ts, r);
    }

    /// <summary>exceptiongroup_split_recursive: the matching part and (if asked) the rest, each null when empty.</summary>
    internal static bool Split(ThreadState ts, PyBaseException exc, in Matcher matcher, bool constructRest,
        out PyBaseException? match, out PyBaseException? rest)
    {
        match = rest = null;
        int isMatch = Matches(ts, exc, matcher);
        if (isMatch < 0) return false;
        if (isMatch == 1) { match = exc; return true; }
        if (exc is not PyBaseExceptionGroup eg)
        {
            if (constructRest) rest = exc;
            return true;
        }
        var matchList = new List<PyObject>();
        var restList = constructRest ? new List<PyObject>() : null;
        foreach (var item in eg.Exceptions.Items)
        {
            if (!ts.EnterNative(" in exceptiongroup_split_recursive")) return false;
            bool ok = Split(ts, (PyBaseException)item, matcher, constructRest, out var m, out var r);
            ts.LeaveNative();
            if (!ok) return false;
            if (m is not null) matchList.Add(m);
            if (r is not null) restList!.Add(r);
        }
        if (!Subset(ts, eg, matchList, out match)) return false;
        if (constructRest && !Subset(ts, eg, restList!, out rest)) return false;
        return true;
    }

    /// <summary>exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause, context and a copy of its notes.</summary>
    private static bool Subset(ThreadState ts, PyBaseExceptionGroup orig, List<PyObject> excs, out PyBaseException? result)
    {
        result = null;
        if (excs.Count == 0) return true;
        var derived = Protocols.CallMethod(ts, orig, "derive", [PyList.FromArray(excs.ToArray())]);
        if (derived is null) return false;
        if (derived is not PyBaseExceptionGroup eg)
        {
            ts.SetError(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
            return false;
        }
        if (orig.Traceback is not null) eg.Traceback = orig.Traceback;
        eg.Context = orig.Context;
        eg.Cause = orig.Cause;
        eg.SuppressContext = true; // PyException_SetCause always sets it
        var notesName = PyStr.Intern("__notes__");
        int has = Protocols.HasAttr(ts, orig, notesName);
        if (has < 0) return false;
        if (has == 1)
        {
            var notes = Protocols.GetAttr(ts, orig, notesName);
            if (notes is null) return false;
            if (notes.Type.GetItem is not null && notes is not PyDict)
            {
                var copy = Protocols.ToList(ts, notes);
                if (copy is null) return false;
                if (Protocols.SetAttr(ts, eg, notesName, PyList.FromArray(copy.ToArray())) < 0) return false;
            }
        }
        result = eg;
        return true;
    }
}
