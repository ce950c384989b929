namespace Kaa.Runtime;

/// <summary>NameError (and UnboundLocalError) with the 3.10+ <c>name</c> attribute.</summary>
public sealed class PyNameError : PyBaseException
{
    public PyObject? Name;

    public PyNameError(PyType type, PyTuple args) : base(type, args) { }
}
