using System.Text;

namespace Kaa.Runtime;

/// <summary>The slots and members of <c>str</c> (a first core; the str work completes it).</summary>
internal static partial class StrSlots
{
    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Create(Repr((PyStr)self));
        type.Str = static (ts, self) => self.Type == BuiltinTypes.Str ? self : PyStr.FromCodePoints(CodePoints((PyStr)self));
        type.Hash = static (ts, self) => ((PyStr)self).GetHash();
        type.Length = static (ts, self) => ((PyStr)self).Length;
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Instance;
            if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(x.EqualsStr(y) == (op == CompareOp.Eq));
            int c = Compare(x, y);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        };
        type.NumberBinary[(int)BinaryOp.Add] = static (ts, a, b) =>
        {
            if (a is not PyStr x) return PyNotImplemented.Instance;
            if (b is not PyStr y) return ts.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
            return new PyStrBuilder().Append(x).Append(y).ToPyStr();
        };
        type.Contains = static (ts, self, item) =>
        {
            if (item is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, $"'in <string>' requires string as left operand, not {item.Type.Name}");
                return -1;
            }
            var me = (PyStr)self;
            if (!me.IsWide && !s.IsWide) return me.Chars.Contains(s.Chars, StringComparison.Ordinal) ? 1 : 0;
            return CodePoints(me).AsSpan().IndexOf(CodePoints(s)) >= 0 ? 1 : 0;
        };
        type.GetItem = static (ts, self, key) =>
        {
            var s = (PyStr)self;
            if (key is PyInt)
            {
                if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
                if (i < 0) i += s.Length;
                if (i < 0 || i >= s.Length) return ts.IndexError("string index out of range");
                return PyStr.FromCodePoint(s[(int)i]);
            }
            return ts.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        };
        type.New = static (ts, t, args, kw) =>
        {
            if (args.Length == 0) return PyStr.Empty;
            var s = Protocols.Str(ts, args[0]);
            if (s is null) return null;
            return t == BuiltinTypes.Str ? s : new PyStr.Derived(t, (PyStr)s);
        };
        type.AddMethod("join", static (ts, self, iterable) =>
        {
            var items = Protocols.ToList(ts, iterable);
            if (items is null) return null;
            var sb = new PyStrBuilder();
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not PyStr s) return ts.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
                if (i > 0) sb.Append((PyStr)self);
                sb.Append(s);
            }
            return sb.ToPyStr();
        });
        type.AddMethod("__format__", static (ts, self, spec) =>
        {
            if (spec is not PyStr s) return ts.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
            if (s.Length == 0) return Protocols.Str(ts, self);
            return ts.ValueError("format specs are not supported yet");
        });
    }

    internal static int[] CodePoints(PyStr s)
    {
        if (s.CodePoints is { } cps) return cps;
        var a = new int[s.Length];
        for (int i = 0; i < a.Length; i++) a[i] = s.Chars[i];
        return a;
    }

    /// <summary>Code-point order (not UTF-16 order: astral characters sort above U+FFFF).</summary>
    internal static int Compare(PyStr a, PyStr b)
    {
        if (!a.IsWide && !b.IsWide) return string.CompareOrdinal(a.Chars, b.Chars);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = a[i].CompareTo(b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>unicode_repr (the same rules as the compiler's constant repr), as UTF-16 text.</summary>
    internal static string Repr(PyStr s)
    {
        var sb = new StringBuilder(s.Length + 2);
        Kaa.Syntax.Text.PyRepr.AppendStr(sb, CodePoints(s));
        return sb.ToString();
    }
}
