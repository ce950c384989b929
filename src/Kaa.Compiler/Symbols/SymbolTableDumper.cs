using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Symbols;

/// <summary>
/// The text form of tools/oracle_dump_symtable.py, for comparing Kaa's symbol tables with
/// CPython's: one line per block, with the raw flags CPython stores (flags | scope &lt;&lt; 11).
/// </summary>
public static class SymbolTableDumper
{
    private const int ScopeOffset = 11;

    public static string Dump(SymbolTable table)
    {
        var sb = new StringBuilder();
        Dump(table.Top, 0, sb);
        return sb.ToString(0, sb.Length - 1);
    }

    private static void Dump(SymbolTableEntry entry, int depth, StringBuilder sb)
    {
        sb.Append(' ', depth * 2).Append(entry.Name)
            .Append(" type=").Append((int)entry.Type)
            .Append(" lineno=").Append(entry.Lineno)
            .Append(" nested=").Append(entry.Nested ? 1 : 0)
            .Append(" varnames=[");
        for (int i = 0; i < entry.Varnames.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            PyRepr.AppendStr(sb, entry.Varnames[i]);
        }
        sb.Append("] symbols={");
        bool first = true;
        foreach (var (name, flags) in entry.Symbols)
        {
            if (!first) sb.Append(", ");
            first = false;
            int raw = (int)flags | ((int)entry.GetScope(name) << ScopeOffset);
            sb.Append(name).Append(": ").Append(raw);
        }
        sb.Append("}\n");
        foreach (var child in entry.Children) Dump(child, depth + 1, sb);
    }
}
