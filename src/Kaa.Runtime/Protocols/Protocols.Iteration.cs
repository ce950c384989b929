namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>iter(obj).</summary>
    public static PyObject? GetIter(ThreadState ts, PyObject obj)
    {
        var slot = obj.Type.Iter;
        if (slot is null)
        {
            if (obj.Type.GetItem is not null && (obj.Type.Flags & TypeFlags.Mapping) == 0)
                return new PySeqIterator(obj);
            return ts.TypeError($"'{obj.Type.Name}' object is not iterable");
        }
        var it = slot(ts, obj);
        if (it is null) return null;
        if (it.Type.IterNext is null)
            return ts.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    /// <summary>
    /// next(it) without allocating StopIteration: the item; or null with no error set when exhausted;
    /// or null with an error set.
    /// </summary>
    public static PyObject? Next(ThreadState ts, PyObject iterator)
    {
        var slot = iterator.Type.IterNext;
        if (slot is null) return ts.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        var item = slot(ts, iterator);
        if (item is null) ClearStopIteration(ts);
        return item;
    }

    /// <summary>After an iterator returned null: a StopIteration (or subclass) raised by __next__ ends the
    /// iteration like the silent form (PyIter_Next).</summary>
    internal static void ClearStopIteration(ThreadState ts)
    {
        if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(PyExc.StopIteration)) ts.ClearError();
    }

    /// <summary>Collects an iterable's items (list(x) without the list): null on error.</summary>
    public static List<PyObject>? ToList(ThreadState ts, PyObject iterable)
    {
        if (iterable is PyTuple t && t.Type == BuiltinTypes.Tuple) return [.. t.Items];
        if (iterable is PyList l && l.Type == BuiltinTypes.List) return [.. l.AsSpan()];
        var it = GetIter(ts, iterable);
        if (it is null) return null;
        var result = new List<PyObject>();
        NextInto(ts, it, new CollectSink(result)); // takes every item: returns at the end or an error
        return ts.HasError ? null : result;
    }

    /// <summary>ToList's consumer.</summary>
    private sealed class CollectSink(List<PyObject> items) : ItemSink
    {
        public override bool Accept(ThreadState ts, PyObject item)
        {
            items.Add(item);
            return true;
        }
    }

    /// <summary>x in container: 1, 0, or -1 on error.</summary>
    public static int Contains(ThreadState ts, PyObject container, PyObject item)
    {
        // Exact sets and dicts, the usual right-hand sides of `in`: their slot's code without the delegate call.
        if (container.GetType() == typeof(PySet)) return SetSlots.Contains(ts, container, item);
        if (container.GetType() == typeof(PyDict)) return System.Runtime.CompilerServices.Unsafe.As<PyDict>(container).TryGetItem(ts, item, out _);
        if (container.Type.Contains is { } f) return f(ts, container, item);
        var it = GetIter(ts, container);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, $"argument of type '{container.Type.Name}' is not iterable");
            }
            return -1;
        }
        while (true)
        {
            var x = Next(ts, it);
            if (x is null) return ts.HasError ? -1 : 0;
            int eq = RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0) return eq;
        }
    }
}
