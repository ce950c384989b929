namespace Kaa.Runtime;

/// <summary>
/// Base of the subclassable itertools iterators: instances of Python subclasses get their <c>__dict__</c>
/// and <c>__slots__</c> storage here, so each type needs no separate <c>Derived</c> class.
/// </summary>
public abstract class ItertoolsIterator : PyObject
{
    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    protected ItertoolsIterator(PyType type) : base(type)
    {
        if (!type.IsHeapType) return;
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;
}

/// <summary>Argument checks shared by the itertools constructors, with CPython's messages.</summary>
internal static class ItertoolsArgs
{
    /// <summary>_PyArg_NoKeywords for the exact type (a subclass may accept keywords in its own __init__).</summary>
    internal static bool NoKeywords(ThreadState ts, string name, PyType type, PyType exact, PyTuple? kwnames)
    {
        if (kwnames is not { Length: > 0 } || type != exact) return true;
        ts.SetError(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }

    /// <summary>PyArg_UnpackTuple / _PyArg_CheckPositional: between <paramref name="min"/> and <paramref name="max"/> positionals.</summary>
    internal static bool Positional(ThreadState ts, string name, int count, int min, int max)
    {
        if (count >= min && count <= max) return true;
        string Plural(int n) => n == 1 ? "1 argument" : $"{n} arguments";
        string message = min == max ? $"{name} expected {Plural(min)}, got {count}"
            : count < min ? $"{name} expected at least {Plural(min)}, got {count}"
            : $"{name} expected at most {Plural(max)}, got {count}";
        ts.SetError(PyExc.TypeError, message);
        return false;
    }

    /// <summary>PyObject_GetIter, then the next-item slot.</summary>
    internal static PyObject? Next(ThreadState ts, PyObject iterator) => Protocols.Next(ts, iterator);

    /// <summary>A StopIteration raised by a Python __next__ ends the iteration like a null without error.</summary>
    internal static bool EndedCleanly(ThreadState ts) => !ts.HasError;

    internal static void Common(PyType type, string doc)
    {
        type.Iter = static (ts, self) => self;
        type.GetAttr = ObjectSlots.GenericGetAttr;
        type.AddAttribute("__doc__", PyStr.Create(doc));
    }
}
