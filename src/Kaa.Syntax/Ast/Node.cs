namespace Kaa.Syntax.Ast;

/// <summary>
/// Base of every AST node. The concrete classes are generated from CPython 3.11's schema
/// (tools/gen_ast.py → Nodes.g.cs); each knows its Python class name and writes its fields in
/// ASDL order, which is all that <see cref="AstDumper"/> and later the <c>_ast</c> module need.
/// </summary>
public abstract class Node
{
    /// <summary>The node's class name in Python's <c>ast</c> module.</summary>
    public abstract string TypeName { get; }

    /// <summary>Writes the fields (not the position attributes) in <c>_fields</c> order.</summary>
    public abstract void WriteFields(IAstFieldWriter writer);
}

/// <summary>
/// A node with CPython's position attributes. Columns are UTF-8 byte offsets, as CPython counts
/// them; lines are 1-based.
/// </summary>
public abstract class LocatedNode : Node
{
    public int Lineno;
    public int ColOffset;
    public int EndLineno;
    public int EndColOffset;

    public void SetLocation(int lineno, int colOffset, int endLineno, int endColOffset)
    {
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
    }

    public void CopyLocation(LocatedNode other)
        => SetLocation(other.Lineno, other.ColOffset, other.EndLineno, other.EndColOffset);
}

/// <summary>Visitor over a node's fields, in the order of the node's <c>_fields</c>.</summary>
public interface IAstFieldWriter
{
    void Node(string name, Node? value, bool optional);
    void NodeList<T>(string name, AstList<T> values) where T : Node?;
    void String(string name, string? value, bool optional);
    void StringList(string name, AstList<string> values);
    void Int(string name, int? value);
    void Enum(string name, string member);
    void EnumList<T>(string name, AstList<T> members) where T : struct, System.Enum;
    void Constant(string name, object? value);
}
