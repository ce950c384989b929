namespace Kaa.Runtime;

/// <summary>The slots and members of <c>types.GenericAlias</c> (Objects/genericaliasobject.c).</summary>
internal static class GenericAliasSlots
{
    /// <summary>Names a GenericAlias answers itself; every other attribute is the origin's.</summary>
    private static readonly string[] s_ownAttributes =
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    private static readonly PyStr[] s_ownAttributeNames = Array.ConvertAll(s_ownAttributes, PyStr.Intern);

    private static PyGenericAlias A(PyObject o) => (PyGenericAlias)o;

    private static bool IsOwnAttribute(PyStr name)
    {
        foreach (var own in s_ownAttributeNames)
            if (ReferenceEquals(own, name) || own.EqualsStr(name)) return true;
        return false;
    }

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("GenericAlias() takes no keyword arguments");
            if (args.Length != 2)
                return ts.TypeError(args.Length < 2
                    ? $"GenericAlias expected 2 arguments, got {args.Length}"
                    : $"GenericAlias expected 2 arguments, got {args.Length}");
            var ga = PyGenericAlias.Allocate(t);
            ga.Setup(args[0], args[1]);
            return ga;
        };
        type.Repr = Repr;
        type.Hash = static (ts, self) =>
        {
            long h0 = Protocols.Hash(ts, A(self).Origin);
            if (h0 == -1 && ts.HasError) return -1;
            long h1 = Protocols.Hash(ts, A(self).Args);
            if (h1 == -1 && ts.HasError) return -1;
            long h = h0 ^ h1;
            return h == -1 ? -2 : h;
        };
        type.Call = static (ts, self, args, kw) =>
        {
            var obj = Protocols.Call(ts, A(self).Origin, args, kw);
            if (obj is null) return null;
            // The instance remembers its alias when it can (typing's generic classes read it).
            if (Protocols.SetAttr(ts, obj, PyStr.Intern("__orig_class__"), self) < 0)
            {
                if (!ts.ErrorMatches(PyExc.AttributeError) && !ts.ErrorMatches(PyExc.TypeError)) return null;
                ts.ClearError();
            }
            return obj;
        };
        type.GetAttr = static (ts, self, name) =>
        {
            if (!IsOwnAttribute(name)) return Protocols.GetAttr(ts, A(self).Origin, name);
            return ObjectSlots.GenericGetAttr(ts, self, name);
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (b is not PyGenericAlias bb || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            var aa = A(a);
            int eq;
            if (aa.Starred != bb.Starred) eq = 0;
            else
            {
                eq = Protocols.RichCompareBool(ts, aa.Origin, bb.Origin, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq == 1)
                {
                    eq = Protocols.RichCompareBool(ts, aa.Args, bb.Args, CompareOp.Eq);
                    if (eq < 0) return null;
                }
            }
            return PyBool.From((eq == 1) == (op == CompareOp.Eq));
        };
        type.GetItem = static (ts, self, item) =>
        {
            var alias = A(self);
            var parameters = ParametersOf(ts, alias);
            if (parameters is null) return null;
            var newArgs = TypeParameterSupport.SubstituteParameters(ts, self, alias.Args, parameters, item);
            if (newArgs is null) return null;
            var res = PyGenericAlias.Create(alias.Origin, newArgs);
            res.Starred = alias.Starred;
            return res;
        };
        type.NumberBinary[(int)BinaryOp.Or] = UnionTypeSlots.UnionOr;
        type.Iter = static (ts, self) => new PyGenericAliasIterator(A(self));

        type.AddGetSet("__origin__", static (ts, self) => A(self).Origin);
        type.AddGetSet("__args__", static (ts, self) => A(self).Args);
        type.AddGetSet("__unpacked__", static (ts, self) => PyBool.From(A(self).Starred));
        type.AddGetSet("__parameters__", static (ts, self) => ParametersOf(ts, A(self)), doc: "Type variables in the GenericAlias.");
        type.AddGetSet("__typing_unpacked_tuple_args__", static (ts, self) =>
            A(self) is { Starred: true } a && a.Origin == BuiltinTypes.Tuple ? a.Args : PyNone.Instance);
        type.AddMethod("__mro_entries__", static (ts, self, bases) => PyTuple.Create(A(self).Origin));
        type.AddMethod("__instancecheck__", static (ts, self, obj) => ts.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        type.AddMethod("__subclasscheck__", static (ts, self, obj) => ts.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var a = A(self);
            if (a.Starred)
            {
                var it = Protocols.GetIter(ts, PyGenericAlias.Create(a.Origin, a.Args));
                if (it is null) return null;
                return PyTuple.Create([ts.Interp.Builtins.GetStr("next")!, PyTuple.Create(it)]);
            }
            return PyTuple.Create([a.Type, PyTuple.Create([a.Origin, a.Args])]);
        });
        type.AddMethod("__dir__", static (ts, self) =>
        {
            var dir = Protocols.Call1(ts, ts.Interp.Builtins.GetStr("dir")!, A(self).Origin);
            if (dir is not PyList list) return dir;
            foreach (var name in s_ownAttributes)
            {
                var s = PyStr.Intern(name);
                int c = Protocols.Contains(ts, list, s);
                if (c < 0) return null;
                if (c == 0) list.Append(s);
            }
            return list;
        });
        type.AddAttribute("__doc__", PyStr.Create("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."));
    }

    internal static PyTuple? ParametersOf(ThreadState ts, PyGenericAlias alias)
        => alias.Parameters ??= TypeParameterSupport.MakeParameters(ts, alias.Args);

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var alias = A(self);
        var sb = new PyStrBuilder();
        if (alias.Starred) sb.Append("*");
        if (!TypeParameterSupport.AppendReprItem(ts, sb, alias.Origin)) return null;
        sb.Append("[");
        var items = alias.Args.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (!TypeParameterSupport.AppendReprItem(ts, sb, items[i])) return null;
        }
        if (items.Length == 0) sb.Append("()");
        sb.Append("]");
        return sb.ToPyStr();
    }

    /// <summary>The <c>__class_getitem__</c> classmethod of list, dict, tuple, ...: <c>GenericAlias(cls, item)</c>.</summary>
    internal static void AddClassGetItem(PyType type)
        => type.AddClassMethod(new MethodDef("__class_getitem__", static (ts, cls, item) => PyGenericAlias.Create(cls, item), "See PEP 585"));
}
