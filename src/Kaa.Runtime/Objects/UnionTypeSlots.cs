namespace Kaa.Runtime;

/// <summary>The slots and members of <c>types.UnionType</c> (Objects/unionobject.c), and the <c>|</c> of
/// types that makes one.</summary>
internal static class UnionTypeSlots
{
    private static readonly PyStr s_module = PyStr.Intern("__module__");

    private static PyUnionType U(PyObject o) => (PyUnionType)o;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Repr = static (ts, self) =>
        {
            var sb = new PyStrBuilder();
            var items = U(self).Args.Items;
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(" | ");
                if (items[i] == BuiltinTypes.NoneType) sb.Append("None");
                else if (!TypeParameterSupport.AppendReprItem(ts, sb, items[i])) return null;
            }
            return sb.ToPyStr();
        };
        type.Hash = static (ts, self) =>
        {
            var set = Protocols.Call1(ts, BuiltinTypes.FrozenSet, U(self).Args);
            return set is null ? -1 : Protocols.Hash(ts, set);
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (b is not PyUnionType || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            var sa = Protocols.Call1(ts, BuiltinTypes.FrozenSet, U(a).Args);
            if (sa is null) return null;
            var sb = Protocols.Call1(ts, BuiltinTypes.FrozenSet, U(b).Args);
            if (sb is null) return null;
            return Protocols.RichCompare(ts, sa, sb, op);
        };
        type.GetAttr = static (ts, self, name) =>
            s_module.EqualsStr(name) ? Protocols.GetAttr(ts, self.Type, name) : ObjectSlots.GenericGetAttr(ts, self, name);
        type.GetItem = static (ts, self, item) =>
        {
            var u = U(self);
            var parameters = u.Parameters ??= TypeParameterSupport.MakeParameters(ts, u.Args);
            if (parameters is null) return null;
            var newArgs = TypeParameterSupport.SubstituteParameters(ts, self, u.Args, parameters, item);
            if (newArgs is null) return null;
            if (newArgs.Length == 0) return new PyUnionType(newArgs);
            PyObject? res = newArgs.Items[0];
            for (int i = 1; i < newArgs.Length && res is not null; i++)
                res = Protocols.BinaryOp(ts, res, newArgs.Items[i], BinaryOp.Or);
            return res;
        };
        type.NumberBinary[(int)BinaryOp.Or] = UnionOr;
        type.AddGetSet("__args__", static (ts, self) => U(self).Args);
        type.AddGetSet("__parameters__", static (ts, self) => U(self).Parameters ??= TypeParameterSupport.MakeParameters(ts, U(self).Args),
            doc: "Type variables in the types.UnionType.");
        type.AddAttribute("__doc__", PyStr.Create("Represent a PEP 604 union type\n\nE.g. for int | str"));
    }

    private static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    /// <summary>_Py_union_type_or: <c>X | Y</c> for types, None, aliases and unions (the nb_or of all four).</summary>
    internal static PyObject? UnionOr(ThreadState ts, PyObject self, PyObject other)
    {
        if (!IsUnionable(self) || !IsUnionable(other)) return PyNotImplemented.Instance;
        var left = MembersOf(self);
        var right = MembersOf(other);
        var merged = new List<PyObject>(left);
        bool added = false;
        foreach (var arg in right)
        {
            int dup = 0;
            foreach (var x in left)
            {
                dup = IsSame(ts, x, arg);
                if (dup != 0) break;
            }
            if (dup < 0) return null;
            if (dup > 0) continue;
            merged.Add(arg);
            added = true;
        }
        if (!added) return self is PyNone ? BuiltinTypes.NoneType : self;
        return new PyUnionType(PyTuple.Create([.. merged]));
    }

    /// <summary>Aliases are the same when equal; anything else when identical.</summary>
    private static int IsSame(ThreadState ts, PyObject a, PyObject b)
        => a is PyGenericAlias && b is PyGenericAlias ? Protocols.RichCompareBool(ts, a, b, CompareOp.Eq) : ReferenceEquals(a, b) ? 1 : 0;

    private static PyObject[] MembersOf(PyObject o) => o switch
    {
        PyNone => [BuiltinTypes.NoneType],
        PyUnionType u => u.Args.Items,
        _ => [o],
    };
}
