namespace Kaa.Runtime;

/// <summary><c>types.UnionType</c> (PEP 604): what <c>int | str</c> evaluates to. Not subclassable.</summary>
public sealed class PyUnionType : PyObject
{
    /// <summary><c>__args__</c>: the members, duplicates removed, None as NoneType.</summary>
    public readonly PyTuple Args;

    /// <summary><c>__parameters__</c>, computed on first use.</summary>
    internal PyTuple? Parameters;

    public PyUnionType(PyTuple args) : base(BuiltinTypes.UnionType) => Args = args;

    internal static void Install(PyType type) => UnionTypeSlots.Install(type);
}
