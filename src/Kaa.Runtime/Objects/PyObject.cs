namespace Kaa.Runtime;

/// <summary>
/// The root of every Python value. A value knows its type (<c>ob_type</c>); everything else it can do
/// goes through the slots of that type (<see cref="PyType"/>), as in CPython, so that a Python class
/// overriding a dunder changes the behaviour of its instances everywhere.
/// <para>
/// Error convention of the whole runtime (no .NET exceptions for Python errors, decisions.md §6):
/// a function returning <c>PyObject?</c> returns <c>null</c> after setting the thread's current
/// exception (<see cref="ThreadState.Raise(PyType, string)"/>); one returning <c>int</c>/<c>long</c>/<c>nint</c>
/// returns -1 (a truth or containment answer is 1/0/-1); one returning <c>bool</c> returns false.
/// </para>
/// </summary>
public abstract class PyObject
{
    /// <summary><c>ob_type</c>. Assignable because <c>obj.__class__ = Other</c> is legal between layout-compatible classes.</summary>
    public PyType Type;

    protected PyObject(PyType type) => Type = type;

    /// <summary>The instance <c>__dict__</c>, for objects that have one (instances of Python classes, modules,
    /// functions, exceptions); null for the rest.</summary>
    public virtual PyDict? Dict
    {
        get => null;
        set => throw new InvalidOperationException($"{Type.Name} objects have no __dict__");
    }

    /// <summary>Storage for <c>__slots__</c> members of Python classes (indexed by member descriptors).</summary>
    public virtual Span<PyObject?> SlotValues => default;

    public override string ToString() => $"<{Type.Name} object>";
}
