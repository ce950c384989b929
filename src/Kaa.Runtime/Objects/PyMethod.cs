namespace Kaa.Runtime;

/// <summary><c>method</c>: a function bound to an object (<c>obj.f</c> where f is a Python function).</summary>
public sealed class PyMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;

    public PyMethod(PyObject function, PyObject self) : base(BuiltinTypes.Method)
    {
        Function = function;
        Self = self;
    }

    internal static void Install(PyType type) => MethodSlots.Install(type);
}
