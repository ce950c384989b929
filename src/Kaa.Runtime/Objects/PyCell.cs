namespace Kaa.Runtime;

/// <summary><c>cell</c>: a variable shared between a function and the closures made inside it.</summary>
public sealed class PyCell : PyObject
{
    /// <summary>The value; null when the variable is unbound.</summary>
    public PyObject? Contents;

    public PyCell(PyObject? contents) : base(BuiltinTypes.Cell) => Contents = contents;

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("cell() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"cell expected at most 1 argument, got {args.Length}");
            return new PyCell(args.Length == 1 ? args[0] : null);
        };
        // Cells order by their contents; an empty cell is less than a full one.
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (b is not PyCell cb) return PyNotImplemented.Instance;
            var x = ((PyCell)a).Contents;
            var y = cb.Contents;
            if (x is not null && y is not null) return Protocols.RichCompare(ts, x, y, op);
            int l = x is null ? 0 : 1, r = y is null ? 0 : 1;
            bool result = op switch
            {
                CompareOp.Lt => l < r, CompareOp.Le => l <= r, CompareOp.Eq => l == r,
                CompareOp.Ne => l != r, CompareOp.Gt => l > r, _ => l >= r,
            };
            return PyBool.From(result);
        };
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
