namespace Kaa.Runtime;

internal static partial class SysModule
{
    /// <summary>
    /// sys.getrefcount without reference counts: Kaa's objects are managed by .NET's collector, so the count
    /// is computed by walking everything reachable from the interpreter's roots — sys.modules (and through
    /// it every module, class, function and their contents), and the local variables of the running frames —
    /// and counting the references that point at the object, plus one for the argument of the call itself,
    /// as CPython's count includes it. References CPython holds internally (interned strings, small int
    /// caches, type slots) are not modelled, so counts for such shared objects are lower than CPython's;
    /// for program objects (lists, instances, functions) the counts match.
    /// </summary>
    private static class ReferenceCounter
    {
        public static long Count(ThreadState ts, PyObject target)
        {
            var walk = new Walk(target);
            walk.Visit(ts.Interp.Modules);
            for (var f = ts.CurrentFrame; f is not null; f = f.Back)
            {
                // Locals, cells and free variables only: the value stack holds the call's own argument.
                for (int i = 0; i < f.Code.NLocalsPlus; i++) walk.Visit(f.Fast[i].Value);
                walk.Visit(f.Globals);
                if (f.Locals is { } locals && !ReferenceEquals(locals, f.Globals)) walk.Visit(locals);
                walk.Visit(f.Function);
            }
            walk.Run();
            return walk.References + 1;
        }

        private sealed class Walk
        {
            private readonly PyObject _target;
            private readonly HashSet<PyObject> _seen = new(ReferenceEqualityComparer.Instance);
            private readonly Stack<PyObject> _pending = new();
            public long References;

            public Walk(PyObject target) => _target = target;

            /// <summary>One reference to <paramref name="o"/>: counted if it is the target, followed once.</summary>
            public void Visit(PyObject? o)
            {
                if (o is null) return;
                if (ReferenceEquals(o, _target)) References++;
                if (_seen.Add(o)) _pending.Push(o);
            }

            public void Run()
            {
                while (_pending.Count > 0) Children(_pending.Pop());
            }

            private void Children(PyObject o)
            {
                if (o.Type is { IsHeapType: true }) Visit(o.Type); // instances hold a reference to their (heap) class
                switch (o)
                {
                    case PyDict d:
                    {
                        int pos = 0;
                        while (d.Next(ref pos, out var k, out var v)) { Visit(k); Visit(v); }
                        break;
                    }
                    case PyList l:
                        foreach (var item in l.AsSpan()) Visit(item);
                        break;
                    case PyStructSequence s:
                        foreach (var item in s.Items) Visit(item);
                        foreach (var item in s.Hidden) Visit(item);
                        break;
                    case PyTuple t:
                        foreach (var item in t.Items) Visit(item);
                        break;
                    case PyType type:
                        Visit(type.Namespace);
                        foreach (var b in type.Bases) Visit(b);
                        break;
                    case PyFunction fn:
                        Visit(fn.Code); Visit(fn.Globals); Visit(fn.Name); Visit(fn.QualName); Visit(fn.Defaults);
                        Visit(fn.KwDefaults); Visit(fn.Closure); Visit(fn.Doc); Visit(fn.Module); Visit(fn.Annotations);
                        break;
                    case PyCode code:
                        foreach (var c in code.Consts) Visit(c);
                        break;
                    case PyCell cell:
                        Visit(cell.Contents);
                        break;
                    case PyMethod m:
                        Visit(m.Function); Visit(m.Self);
                        break;
                    case PyBaseException e:
                        Visit(e.Args); Visit(e.Traceback); Visit(e.Cause); Visit(e.Context); Visit(e.DictIfCreated);
                        break;
                    case PyTraceback tb:
                        Visit(tb.Next); Visit(tb.Frame);
                        break;
                    case PyFrame f:
                        for (int i = 0; i < f.Code.NLocalsPlus; i++) Visit(f.Fast[i].Value);
                        Visit(f.Globals);
                        if (f.Locals is { } locals && !ReferenceEquals(locals, f.Globals)) Visit(locals);
                        break;
                    case PyGenerator g:
                        Visit(g.Frame); Visit(g.Name); Visit(g.QualName);
                        break;
                    case PyProperty p:
                        Visit(p.Get); Visit(p.Set); Visit(p.Delete); Visit(p.Doc);
                        break;
                    case PyClassMethod cm:
                        Visit(cm.Callable);
                        break;
                }
                if (o is not (PyDict or PyType or PyBaseException or PyFunction))
                {
                    if (o is PyInstance { HasValues: true } pi)
                        for (int i = 0; i < pi.ValueCapacity; i++) Visit(pi.ValueAt(i));
                    else if (o.Dict is { } dict) Visit(dict);
                    foreach (var v in o.SlotValues) Visit(v);
                }
                else if (o is PyFunction or PyBaseException)
                    foreach (var v in o.SlotValues) Visit(v);
            }
        }
    }
}
