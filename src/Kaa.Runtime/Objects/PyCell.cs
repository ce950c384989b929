namespace Kaa.Runtime;

/// <summary><c>cell</c>: a variable shared between a function and the closures made inside it.</summary>
public sealed class PyCell : PyObject
{
    /// <summary>The value; null when the variable is unbound.</summary>
    public PyObject? Contents;

    public PyCell(PyObject? contents) : base(BuiltinTypes.Cell) => Contents = contents;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddGetSet("cell_contents",
            static (ts, self) => ((PyCell)self).Contents ?? ts.ValueError("Cell is empty"),
            static (ts, self, value) => { ((PyCell)self).Contents = value; return 0; });
        type.Repr = static (ts, self) =>
        {
            var c = (PyCell)self;
            return PyStr.Create(c.Contents is null
                ? $"<cell at {Protocols.AddressOf(ts, c)}: empty>"
                : $"<cell at {Protocols.AddressOf(ts, c)}: {c.Contents.Type.Name} object at {Protocols.AddressOf(ts, c.Contents)}>");
        };
    }
}
