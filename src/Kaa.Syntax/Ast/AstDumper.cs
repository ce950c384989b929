using System.Text;
using Kaa.Syntax.Infrastructure;
using Kaa.Syntax.Text;

namespace Kaa.Syntax.Ast;

/// <summary>
/// Renders a tree exactly as CPython 3.11's <c>ast.dump(node, include_attributes=True)</c> does
/// with the default <c>annotate_fields=True</c> and no indent: every field as <c>name=value</c>,
/// optional fields that are None left out, then the position attributes.
/// </summary>
public sealed class AstDumper : IAstFieldWriter
{
    private readonly StringBuilder _sb;
    private readonly bool _includeAttributes;
    private bool _first;

    private AstDumper(StringBuilder sb, bool includeAttributes)
    {
        _sb = sb;
        _includeAttributes = includeAttributes;
    }

    public static string Dump(Node node, bool includeAttributes = true)
    {
        var sb = new StringBuilder();
        new AstDumper(sb, includeAttributes).Write(node);
        return sb.ToString();
    }

    public static void Dump(Node node, StringBuilder sb, bool includeAttributes = true)
        => new AstDumper(sb, includeAttributes).Write(node);

    private void Write(Node? node)
    {
        if (!DeepRecursion.HasRoom)
        {
            DeepRecursion.RunOnNewStack(() => Write(node));
            return;
        }
        if (node is null)
        {
            _sb.Append("None");
            return;
        }
        _sb.Append(node.TypeName).Append('(');
        bool savedFirst = _first;
        _first = true;
        node.WriteFields(this);
        if (_includeAttributes && node is LocatedNode located)
        {
            Int("lineno", located.Lineno);
            Int("col_offset", located.ColOffset);
            Int("end_lineno", located.EndLineno);
            Int("end_col_offset", located.EndColOffset);
        }
        _first = savedFirst;
        _sb.Append(')');
    }

    private void Name(string name)
    {
        if (!_first) _sb.Append(", ");
        _first = false;
        _sb.Append(name).Append('=');
    }

    void IAstFieldWriter.Node(string name, Node? value, bool optional)
    {
        if (value is null && optional) return;
        Name(name);
        Write(value);
    }

    void IAstFieldWriter.NodeList<T>(string name, AstList<T> values)
    {
        Name(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            bool savedFirst = _first;
            Write(values[i]);
            _first = savedFirst;
        }
        _sb.Append(']');
    }

    public void String(string name, string? value, bool optional)
    {
        if (value is null && optional) return;
        Name(name);
        if (value is null) _sb.Append("None");
        else PyRepr.AppendStr(_sb, value);
    }

    void IAstFieldWriter.StringList(string name, AstList<string> values)
    {
        Name(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            PyRepr.AppendStr(_sb, values[i]);
        }
        _sb.Append(']');
    }

    public void Int(string name, int? value)
    {
        if (value is null) return; // only optional ints (ImportFrom.level) can be None
        Name(name);
        _sb.Append(value.Value);
    }

    void IAstFieldWriter.Enum(string name, string member)
    {
        Name(name);
        _sb.Append(member).Append("()");
    }

    void IAstFieldWriter.EnumList<T>(string name, AstList<T> members)
    {
        Name(name);
        _sb.Append('[');
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            _sb.Append(members[i].ToString()).Append("()");
        }
        _sb.Append(']');
    }

    void IAstFieldWriter.Constant(string name, object? value)
    {
        Name(name);
        PyRepr.AppendConstant(_sb, value);
    }
}
