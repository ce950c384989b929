namespace Kaa.Runtime;

/// <summary>
/// A struct sequence (Objects/structseq.c): a tuple of its first <see cref="StructSequenceLayout.VisibleCount"/>
/// fields that also names them as read-only attributes, and may carry further named fields outside the
/// tuple (os.stat_result's st_atime etc.). Its types (sys.version_info, sys.flags, sys.float_info,
/// os.stat_result, time.struct_time, ...) are made with <see cref="NewType"/>; instances with <see cref="Create"/>.
/// </summary>
public sealed class PyStructSequence : PyTuple
{
    public readonly StructSequenceLayout Layout;
    /// <summary>The values of the fields after the visible ones.</summary>
    public readonly PyObject[] Hidden;

    private PyStructSequence(PyType type, StructSequenceLayout layout, PyObject[] visible, PyObject[] hidden) : base(type, visible)
    {
        Layout = layout;
        Hidden = hidden;
    }

    /// <summary>The value of field <paramref name="index"/> (visible or not).</summary>
    public PyObject this[int index] => index < Items.Length ? Items[index] : Hidden[index - Items.Length];

    /// <summary>An instance from all its field values (visible ones first).</summary>
    public static PyStructSequence Create(PyType type, StructSequenceLayout layout, PyObject[] values)
    {
        var visible = values[..layout.VisibleCount];
        var hidden = values[layout.VisibleCount..];
        return new PyStructSequence(type, layout, visible, hidden);
    }

    /// <summary>
    /// Creates a struct sequence type named <paramref name="name"/> ("module.name"). With
    /// <paramref name="instantiable"/> false, Python code cannot call it (sys.version_info, sys.flags).
    /// </summary>
    public static PyType NewType(StructSequenceLayout layout, bool instantiable, string? doc = null)
    {
        var type = PyType.CreateBuiltin(layout.TypeName, BuiltinTypes.Tuple, TypeFlags.None);
        if (instantiable)
        {
            // The layout is immutable and belongs to this type: capturing it here is the type's own data.
            type.New = (ts, t, args, kw) => Construct(ts, t, layout, args, kw);
        }
        else type.Flags |= TypeFlags.NoNew;
        type.Repr = static (ts, self) =>
        {
            var s = (PyStructSequence)self;
            var sb = new PyStrBuilder().Append(s.Layout.TypeName).Append("(");
            for (int i = 0; i < s.Items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                // As structseq_repr: the i-th *named* field's name (unnamed fields shift the names).
                sb.Append(s.Layout.NamedFields[i]).Append("=");
                if (Protocols.Repr(ts, s.Items[i]) is not PyStr r) return null;
                sb.Append(r);
            }
            return sb.Append(")").ToPyStr();
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var s = (PyStructSequence)self;
            var extra = new PyDict();
            for (int i = 0; i < s.Hidden.Length; i++)
                if (s.Layout.Fields[s.Items.Length + i] is var name && name != StructSequenceLayout.UnnamedField)
                    extra.SetStr(name, s.Hidden[i]);
            return PyTuple.Create(s.Type, PyTuple.Create(PyTuple.Create(s.Items), extra));
        });
        for (int i = 0; i < layout.Fields.Length; i++)
        {
            if (layout.Fields[i] == StructSequenceLayout.UnnamedField) continue;
            int index = i;
            type.AddGetSet(layout.Fields[i], (ts, self) => ((PyStructSequence)self)[index], ReadOnly, null);
        }
        type.AddAttribute("n_sequence_fields", PyInt.Create(layout.VisibleCount));
        type.AddAttribute("n_fields", PyInt.Create(layout.Fields.Length));
        type.AddAttribute("n_unnamed_fields", PyInt.Create(layout.UnnamedCount));
        var matchArgs = new PyObject[layout.VisibleCount - layout.UnnamedCount];
        for (int i = 0, j = 0; i < layout.VisibleCount; i++)
            if (layout.Fields[i] != StructSequenceLayout.UnnamedField) matchArgs[j++] = PyStr.Intern(layout.Fields[i]);
        type.AddAttribute("__match_args__", PyTuple.Create(matchArgs));
        if (doc is not null) type.AddAttribute("__doc__", PyStr.Create(doc));
        type.Ready();
        return type;
    }

    private static int ReadOnly(ThreadState ts, PyObject self, PyObject? value)
    {
        ts.SetError(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    /// <summary>structseq_new: <c>T(sequence, dict=None)</c>; missing hidden fields come from the dict or are None.</summary>
    private static PyObject? Construct(ThreadState ts, PyType type, StructSequenceLayout layout, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var spec = new ArgSpec("structseq", ["sequence", "dict"], required: 1, positionalOnly: 0);
        var a = new PyObject?[2];
        if (!spec.Parse(ts, args, kw, a)) return null;
        var seq = a[0]!;
        var dict = a[1];
        if (seq.Type.GetItem is null || seq is PyDict) return ts.TypeError("constructor requires a sequence");
        var items = seq is PyTuple t ? t.Items : Protocols.ToList(ts, seq)?.ToArray();
        if (items is null) return null;
        if (dict is not null && dict is not PyDict)
            return ts.TypeError($"{type.Name}() takes a dict as second arg, if any");
        int min = layout.VisibleCount, max = layout.Fields.Length, len = items.Length;
        if (min != max)
        {
            if (len < min) return ts.TypeError($"{type.Name}() takes an at least {min}-sequence ({len}-sequence given)");
            if (len > max) return ts.TypeError($"{type.Name}() takes an at most {max}-sequence ({len}-sequence given)");
        }
        else if (len != min) return ts.TypeError($"{type.Name}() takes a {min}-sequence ({len}-sequence given)");
        var values = new PyObject[max];
        for (int i = 0; i < max; i++)
        {
            if (i < len) values[i] = items[i];
            else values[i] = (dict as PyDict)?.GetStr(layout.Fields[i]) ?? PyNone.Instance;
        }
        return Create(type, layout, values);
    }
}

/// <summary>The shape of a struct sequence type: its name, field names, and how many are in the tuple.</summary>
public sealed class StructSequenceLayout
{
    public readonly string TypeName;
    public readonly string[] Fields;
    public readonly int VisibleCount;
    /// <summary>The fields named <see cref="UnnamedField"/> (in the tuple, without an attribute: os.stat_result's integer times).</summary>
    public readonly int UnnamedCount;
    /// <summary>The fields that have a name, in order (what the repr pairs with the tuple's items).</summary>
    public readonly string[] NamedFields;

    /// <summary>The name of a field that has no attribute (PyStructSequence_UnnamedField).</summary>
    public const string UnnamedField = "unnamed field";

    public StructSequenceLayout(string typeName, string[] fields, int visibleCount = -1)
    {
        TypeName = typeName;
        Fields = fields;
        VisibleCount = visibleCount < 0 ? fields.Length : visibleCount;
        NamedFields = Array.FindAll(fields, f => f != UnnamedField);
        UnnamedCount = fields.Length - NamedFields.Length;
    }
}
