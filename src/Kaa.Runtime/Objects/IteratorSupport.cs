namespace Kaa.Runtime;

/// <summary>Small pieces shared by the builtin iterator types (their pickling support).</summary>
internal static class IteratorSupport
{
    /// <summary>_PyEval_GetBuiltin: a builtin by name (iter, reversed), for <c>__reduce__</c> results.</summary>
    internal static PyObject? Builtin(ThreadState ts, string name)
        => ts.Interp.Builtins.GetStr(name) ?? ts.AttributeError(name);

    /// <summary>PyLong_AsSsize_t of a <c>__setstate__</c> argument: only ints are accepted.</summary>
    internal static bool StateIndex(ThreadState ts, PyObject state, out long value)
    {
        value = 0;
        if (state is not PyInt i)
        {
            ts.SetError(PyExc.TypeError, "an integer is required");
            return false;
        }
        if (i.TryGetLong(out value)) return true;
        ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }

    /// <summary>(callable, (arg,), state) — the shape of most iterator reductions.</summary>
    internal static PyObject Reduction(PyObject callable, PyObject arg, PyObject state)
        => PyTuple.Create([callable, PyTuple.Create(arg), state]);

    /// <summary>(callable, (arg,)).</summary>
    internal static PyObject Reduction(PyObject callable, PyObject arg)
        => PyTuple.Create(callable, PyTuple.Create(arg));

    /// <summary>The setter of a READONLY member (slice.start, range.step, ...): CPython's message.</summary>
    internal static int ReadOnlyMember(ThreadState ts, PyObject self, PyObject? value)
    {
        ts.SetError(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    internal const string LengthHintDoc = "Private method returning an estimate of len(list(it)).";
    internal const string ReduceDoc = "Return state information for pickling.";
    internal const string SetStateDoc = "Set state information for unpickling.";
}
