namespace Kaa.Runtime;

/// <summary><c>slice</c>: start, stop, step (each any object, None when omitted).</summary>
public sealed partial class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) : base(BuiltinTypes.Slice)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    internal static void Install(PyType type) => SliceSlots.Install(type);
}
