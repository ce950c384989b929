using System.Globalization;
using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Code;

/// <summary>
/// The text form of tools/oracle_dump_code.py: each code object's fields, the module's first and
/// then, depth-first in co_consts order, every nested one.
/// </summary>
public static class CodeObjectDumper
{
    public static string Dump(CodeObject code)
    {
        var sb = new StringBuilder();
        Dump(code, sb);
        return sb.ToString(0, sb.Length - 1);
    }

    private static void Dump(CodeObject c, StringBuilder sb)
    {
        sb.Append("code ").Append(c.QualName).Append(" name=").Append(c.Name)
            .Append(" firstlineno=").Append(c.FirstLineno)
            .Append(" argcount=").Append(c.ArgCount)
            .Append(" posonlyargcount=").Append(c.PosOnlyArgCount)
            .Append(" kwonlyargcount=").Append(c.KwOnlyArgCount)
            .Append(" nlocals=").Append(c.NLocals)
            .Append(" stacksize=").Append(c.StackSize)
            .Append(" flags=0x").Append(((int)c.Flags).ToString("x", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("  code=").Append(Convert.ToHexStringLower(c.Code)).Append('\n');
        sb.Append("  consts=[");
        for (int i = 0; i < c.Consts.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            Render(c.Consts[i], sb);
        }
        sb.Append("]\n");
        sb.Append("  names="); Tuple(c.Names, sb);
        sb.Append(" varnames="); Tuple(c.VarNames, sb);
        sb.Append(" freevars="); Tuple(c.FreeVars, sb);
        sb.Append(" cellvars="); Tuple(c.CellVars, sb);
        sb.Append('\n');
        sb.Append("  exceptiontable=").Append(Convert.ToHexStringLower(c.ExceptionTable)).Append('\n');
        sb.Append("  linetable=").Append(Convert.ToHexStringLower(c.LineTable)).Append('\n');
        foreach (var k in c.Consts)
            if (k is CodeObject nested) Dump(nested, sb);
    }

    private static void Tuple(string[] names, StringBuilder sb)
    {
        sb.Append('(');
        for (int i = 0; i < names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            PyRepr.AppendStr(sb, names[i]);
        }
        sb.Append(names.Length == 1 ? ",)" : ")");
    }

    /// <summary>A constant as the oracle renders it: code objects by qualname, tuples element-wise.</summary>
    public static void Render(object? value, StringBuilder sb)
    {
        switch (value)
        {
            case CodeObject code:
                sb.Append("<code ").Append(code.QualName).Append('>');
                break;
            case ConstTuple t:
                sb.Append('(');
                for (int i = 0; i < t.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Render(t.Items[i], sb);
                }
                sb.Append(t.Items.Length == 1 ? ",)" : ")");
                break;
            case ConstFrozenSet f:
                // repr(frozenset): elements by repr, in the set's iteration order.
                if (f.Items.Length == 0)
                {
                    sb.Append("frozenset()");
                    break;
                }
                sb.Append("frozenset({");
                for (int i = 0; i < f.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    ReprElement(f.Items[i], sb);
                }
                sb.Append("})");
                break;
            default:
                PyRepr.AppendConstant(sb, value);
                break;
        }
    }

    private static void ReprElement(object? value, StringBuilder sb)
    {
        if (value is ConstTuple t)
        {
            // Inside a frozenset a tuple prints by plain repr, which is the same layout.
            Render(t, sb);
        }
        else PyRepr.AppendConstant(sb, value);
    }
}
