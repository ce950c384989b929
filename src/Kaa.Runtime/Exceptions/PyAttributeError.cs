namespace Kaa.Runtime;

/// <summary>AttributeError with its 3.10+ <c>name</c> and <c>obj</c> attributes (used by the "Did you mean" suggestions).</summary>
public sealed class PyAttributeError : PyBaseException
{
    public PyObject? Name;
    public PyObject? Obj;

    public PyAttributeError(PyType type, PyTuple args) : base(type, args) { }
}
