namespace Kaa.Runtime;

internal static partial class GcModule
{
    /// <summary>
    /// gc.is_tracked: what CPython's collector would track. Atomic values (numbers, strings, bytes, None)
    /// are not; a dict is tracked only once it holds something that may be (CPython's lazy dict tracking).
    /// </summary>
    internal static bool IsTracked(PyObject obj)
    {
        if (!MayBeTracked(obj)) return false;
        if (obj is PyDict d && obj.Type == BuiltinTypes.Dict)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
                if (MayBeTracked(k) || MayBeTracked(v)) return true;
            return false;
        }
        return true;
    }

    /// <summary>_PyObject_GC_MAY_BE_TRACKED for the common types: the types without GC support are not, nor
    /// are static types (int, datetime.tzinfo, ...: never heap-allocated, so never tracked).</summary>
    private static bool MayBeTracked(PyObject obj)
        => obj is PyType t ? t.IsHeapType
           : obj is not (PyInt or PyFloat or PyStr or PyBytes or PyComplex or PyNone or PyEllipsis or PyNotImplemented or PyRange or PyCode)
             || obj.Type.IsHeapType;

    /// <summary>The objects <paramref name="obj"/> refers to, in CPython's tp_traverse order where it shows.</summary>
    internal static void Referents(ThreadState ts, PyObject obj, List<PyObject> into)
    {
        switch (obj)
        {
            case PyList l:
                // list_traverse visits the items last to first.
                var items = l.AsSpan();
                for (int i = items.Length - 1; i >= 0; i--) into.Add(items[i]);
                break;
            case PyTuple t:
                for (int i = t.Items.Length - 1; i >= 0; i--) into.Add(t.Items[i]);
                break;
            case PyDict d:
            {
                bool strKeysOnly = true;
                int pos = 0;
                while (d.Next(ref pos, out var k, out _))
                    if (k.Type != BuiltinTypes.Str) { strKeysOnly = false; break; }
                pos = 0;
                while (d.Next(ref pos, out var k, out var v))
                {
                    if (!strKeysOnly) into.Add(k);
                    into.Add(v);
                }
                break;
            }
            case PyAnySet s:
            {
                int pos = 0;
                while (s.Table(ts).Next(ref pos, out var k, out _)) into.Add(k);
                break;
            }
            case PyFunction f:
                into.Add(f.Code);
                into.Add(f.Globals);
                into.Add(f.Name);
                into.Add(f.QualName);
                if (f.Defaults is not null) into.Add(f.Defaults);
                if (f.KwDefaults is not null) into.Add(f.KwDefaults);
                if (f.Closure is not null) into.Add(f.Closure);
                break;
            case PyMethod m:
                into.Add(m.Function);
                into.Add(m.Self);
                break;
            case PyCell c:
                if (c.Contents is not null) into.Add(c.Contents);
                break;
            case PyType type:
                into.Add(type.Namespace);
                foreach (var b in type.Bases) into.Add(b);
                break;
            case PyModule mod:
                into.Add(mod.Namespace);
                break;
            default:
                foreach (var v in obj.SlotValues)
                        if (v is not null) into.Add(v);
                // subtype_traverse: inline values (in key order) are visited themselves, not a dict.
                if (obj is PyInstance { HasValues: true } pi)
                {
                    for (int i = 0; i < pi.ValueCapacity; i++)
                        if (pi.ValueAt(i) is { } v) into.Add(v);
                }
                else if (obj.Dict is { } dict) into.Add(dict);
                if (obj.Type.IsHeapType) into.Add(obj.Type);
                break;
        }
    }

    /// <summary>
    /// The tracked objects reachable from sys.modules and the running frames (CPython lists every tracked
    /// object; Kaa cannot enumerate the .NET heap, so this is the reachable part).
    /// </summary>
    private static List<PyObject> ReachableObjects(ThreadState ts)
    {
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var result = new List<PyObject>();
        var stack = new Stack<PyObject>();
        stack.Push(ts.Interp.Modules);
        for (var f = ts.CurrentFrame; f is not null; f = f.Back)
        {
            stack.Push(f.Globals);
            if (f.Locals is { } locals) stack.Push(locals);
        }
        var buffer = new List<PyObject>();
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            if (!seen.Add(o)) continue;
            // A static type is not tracked itself, but what its namespace holds may be.
            if (!MayBeTracked(o) && o is not PyType) continue;
            if (IsTracked(o)) result.Add(o);
            buffer.Clear();
            Referents(ts, o, buffer);
            foreach (var r in buffer) if (!seen.Contains(r)) stack.Push(r);
        }
        return result;
    }

    private static readonly ArgSpec s_getObjects = new("get_objects", ["generation"], required: 0, positionalOnly: 0);

    private static PyObject? GetObjects(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_getObjects.Parse(ts, args, kwnames, a)) return null;
        if (a[0] is { } g && g is not PyNone)
        {
            if (!Protocols.AsIndex(ts, g, out long gen, PyExc.OverflowError)) return null;
            if (gen >= 3) return ts.ValueError($"generation parameter must be less than the number of available generations (3)");
            if (gen < 0) return ts.ValueError("generation parameter cannot be negative");
        }
        var list = new PyList();
        foreach (var o in ReachableObjects(ts)) list.Append(o);
        return list;
    }

    private static PyObject? GetReferrers(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Length > 0) return ts.TypeError("get_referrers() takes no keyword arguments");
        var targets = new HashSet<PyObject>(args.ToArray(), ReferenceEqualityComparer.Instance);
        var list = new PyList();
        var buffer = new List<PyObject>();
        foreach (var o in ReachableObjects(ts))
        {
            buffer.Clear();
            Referents(ts, o, buffer);
            foreach (var r in buffer)
            {
                if (targets.Contains(r))
                {
                    list.Append(o);
                    break;
                }
            }
        }
        return list;
    }

    private static PyObject? GetReferents(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Length > 0) return ts.TypeError("get_referents() takes no keyword arguments");
        var list = new PyList();
        var buffer = new List<PyObject>();
        foreach (var o in args)
        {
            if (!IsTracked(o) && o is not PyDict) continue;
            buffer.Clear();
            Referents(ts, o, buffer);
            foreach (var r in buffer) list.Append(r);
        }
        return list;
    }
}
