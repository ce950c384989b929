using Kaa.Compiler.Symbols;

namespace Kaa.Runtime;

/// <summary>
/// A <c>symtable entry</c> (PySTEntryObject): one block of the symbol tables, with CPython's read-only
/// members. The symbols map each name to its flags with the scope at <see cref="SymtableModule.ScopeOffset"/>.
/// </summary>
internal sealed class PySymtableEntry : PyObject
{
    internal static readonly PyType EntryType = PyType.CreateStatic("symtable entry", (PyType?)null, TypeFlags.None, Install);

    public readonly PyObject Id;
    public readonly PyStr Name;
    public readonly PyDict Symbols;
    public readonly PyList Varnames;
    public readonly PyList Children;
    public readonly bool Nested;
    public readonly int BlockType;
    public readonly int Lineno;

    private PySymtableEntry(SymbolTableEntry entry, Interpreter interp) : base(EntryType)
    {
        // CPython's id is the address of the block's AST node: an int unique among live entries.
        Id = PyInt.Create(interp.IdOf(this));
        Name = PyStr.Create(entry.Name);
        Symbols = new PyDict();
        foreach (var (name, flags) in entry.Symbols)
            Symbols.SetStr(PyStr.Create(name), PyInt.Create((int)flags | ((int)entry.GetScope(name) << SymtableModule.ScopeOffset)));
        Varnames = PyList.WithCapacity(entry.Varnames.Count);
        foreach (var v in entry.Varnames) Varnames.Append(PyStr.Create(v));
        Children = PyList.WithCapacity(entry.Children.Count);
        foreach (var child in entry.Children) Children.Append(new PySymtableEntry(child, interp));
        Nested = entry.Nested;
        BlockType = (int)entry.Type;
        Lineno = entry.Lineno;
    }

    public static PySymtableEntry FromTable(SymbolTableEntry top, Interpreter interp) => new(top, interp);

    private static void Install(PyType type)
    {
        type.AddMember("id", static (ts, self) => ((PySymtableEntry)self).Id);
        type.AddMember("name", static (ts, self) => ((PySymtableEntry)self).Name);
        type.AddMember("symbols", static (ts, self) => ((PySymtableEntry)self).Symbols);
        type.AddMember("varnames", static (ts, self) => ((PySymtableEntry)self).Varnames);
        type.AddMember("children", static (ts, self) => ((PySymtableEntry)self).Children);
        type.AddMember("nested", static (ts, self) => PyInt.Create(((PySymtableEntry)self).Nested ? 1 : 0));
        type.AddMember("type", static (ts, self) => PyInt.Create(((PySymtableEntry)self).BlockType));
        type.AddMember("lineno", static (ts, self) => PyInt.Create(((PySymtableEntry)self).Lineno));
        type.Repr = static (ts, self) =>
        {
            var e = (PySymtableEntry)self;
            return PyStr.Create($"<symtable entry {e.Name}({e.Id}), line {e.Lineno}>");
        };
    }
}
