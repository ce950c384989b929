namespace Kaa.Runtime.Modules.Sre;

/// <summary>The methods and attributes of <c>re.Match</c>.</summary>
internal static class MatchSlots
{
    private static readonly ArgSpec StartSpec = new("start", ["group"], 0);
    private static readonly ArgSpec EndSpec = new("end", ["group"], 0);
    private static readonly ArgSpec SpanSpec = new("span", ["group"], 0);
    private static readonly ArgSpec GroupsSpec = new("groups", ["default"], 0, positionalOnly: 0);
    private static readonly ArgSpec GroupDictSpec = new("groupdict", ["default"], 0, positionalOnly: 0);
    private static readonly ArgSpec ExpandSpec = new("expand", ["template"], 1, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddAttribute("__doc__", PyStr.Create("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."));
        type.AddAttribute("__module__", PyStr.Intern("re"));
        type.Repr = static (ts, self) => Repr(ts, (SreMatch)self);
        type.GetItem = static (ts, self, key) => ((SreMatch)self).GetSlice(ts, key, PyNone.Instance);

        type.AddMethod("group", static (ts, self, args, kw) =>
        {
            var m = (SreMatch)self;
            if (kw is not null && kw.Length > 0) return ts.TypeError("Match.group() takes no keyword arguments");
            switch (args.Length)
            {
                case 0: return m.GetSliceByIndex(ts, 0, PyNone.Instance);
                case 1: return m.GetSlice(ts, args[0], PyNone.Instance);
                default:
                    var items = new PyObject[args.Length];
                    for (int i = 0; i < args.Length; i++)
                    {
                        var item = m.GetSlice(ts, args[i], PyNone.Instance);
                        if (item is null) return null;
                        items[i] = item;
                    }
                    return PyTuple.Create(items);
            }
        }, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.");
        type.AddMethod("start", static (ts, self, args, kw) => Position(ts, self, args, kw, StartSpec, 0),
            "Return index of the start of the substring matched by group.");
        type.AddMethod("end", static (ts, self, args, kw) => Position(ts, self, args, kw, EndSpec, 1),
            "Return index of the end of the substring matched by group.");
        type.AddMethod("span", static (ts, self, args, kw) =>
        {
            var m = (SreMatch)self;
            var a = new ArgBuffer();
            if (kw is not null && kw.Length > 0) return ts.TypeError("Match.span() takes no keyword arguments");
            if (!SpanSpec.Parse(ts, args, kw, a)) return null;
            int g = m.GetIndex(ts, a[0]);
            if (g < 0) return null;
            return PyTuple.Create(PyInt.Create(m.Spans[2 * g]), PyInt.Create(m.Spans[2 * g + 1]));
        }, "For match object m, return the 2-tuple (m.start(group), m.end(group)).");
        type.AddMethod("groups", static (ts, self, args, kw) =>
        {
            var m = (SreMatch)self;
            var a = new ArgBuffer();
            if (!GroupsSpec.Parse(ts, args, kw, a)) return null;
            var deflt = a[0] ?? PyNone.Instance;
            var items = new PyObject[m.GroupCount - 1];
            for (int i = 1; i < m.GroupCount; i++)
            {
                var item = m.GetSliceByIndex(ts, i, deflt);
                if (item is null) return null;
                items[i - 1] = item;
            }
            return PyTuple.Create(items);
        }, "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.");
        type.AddMethod("groupdict", static (ts, self, args, kw) =>
        {
            var m = (SreMatch)self;
            var a = new ArgBuffer();
            if (!GroupDictSpec.Parse(ts, args, kw, a)) return null;
            var deflt = a[0] ?? PyNone.Instance;
            var result = new PyDict();
            if (m.Pattern.GroupIndex is not { } gi) return result;
            var keys = Protocols.ToList(ts, gi);
            if (keys is null) return null;
            foreach (var key in keys)
            {
                var value = m.GetSlice(ts, key, deflt);
                if (value is null || !result.SetItem(ts, key, value)) return null;
            }
            return result;
        }, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.");
        type.AddMethod("expand", static (ts, self, args, kw) =>
        {
            var m = (SreMatch)self;
            var a = new ArgBuffer();
            if (!ExpandSpec.Parse(ts, args, kw, a)) return null;
            return SreModule.CallReFunction(ts, "_expand", [m.Pattern, m, a[0]!]);
        }, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.");
        type.AddMethod("__copy__", static (ts, self) => self);
        type.AddMethod("__deepcopy__", static (ts, self, memo) => self);
        type.AddClassMethod(new MethodDef("__class_getitem__", static (ts, cls, arg) => SreModule.GenericAlias(ts, cls, arg), "See PEP 585"));

        type.AddGetSet("string", static (ts, self) => ((SreMatch)self).String, doc: "The string passed to match() or search().");
        type.AddGetSet("re", static (ts, self) => ((SreMatch)self).Pattern, doc: "The regular expression object.");
        type.AddGetSet("pos", static (ts, self) => PyInt.Create(((SreMatch)self).Pos),
            doc: "The index into the string at which the RE engine started looking for a match.");
        type.AddGetSet("endpos", static (ts, self) => PyInt.Create(((SreMatch)self).EndPos),
            doc: "The index into the string beyond which the RE engine will not go.");
        type.AddGetSet("lastindex", static (ts, self) =>
        {
            var m = (SreMatch)self;
            return m.LastIndex >= 0 ? PyInt.Create(m.LastIndex) : PyNone.Instance;
        }, doc: "The integer index of the last matched capturing group.");
        type.AddGetSet("lastgroup", static (ts, self) =>
        {
            var m = (SreMatch)self;
            if (m.Pattern.IndexGroup is { } ig && m.LastIndex >= 0 && m.LastIndex < ig.Length) return ig.Items[m.LastIndex];
            return PyNone.Instance;
        }, doc: "The name of the last matched capturing group.");
        type.AddGetSet("regs", static (ts, self) =>
        {
            var m = (SreMatch)self;
            if (m.Regs is null)
            {
                var items = new PyObject[m.GroupCount];
                for (int i = 0; i < items.Length; i++)
                    items[i] = PyTuple.Create(PyInt.Create(m.Spans[2 * i]), PyInt.Create(m.Spans[2 * i + 1]));
                m.Regs = PyTuple.Create(items);
            }
            return m.Regs;
        });
    }

    private static PyObject? Position(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, int which)
    {
        var m = (SreMatch)self;
        var a = new ArgBuffer();
        if (kw is not null && kw.Length > 0) return ts.TypeError($"Match.{spec.FunctionName}() takes no keyword arguments");
        if (!spec.Parse(ts, args, kw, a)) return null;
        int g = m.GetIndex(ts, a[0]);
        if (g < 0) return null;
        return PyInt.Create(m.Spans[2 * g + which]);
    }

    private static PyObject? Repr(ThreadState ts, SreMatch m)
    {
        var group0 = m.GetSliceByIndex(ts, 0, PyNone.Instance);
        if (group0 is null) return null;
        var r = Protocols.Repr(ts, group0);
        if (r is null) return null;
        var text = (PyStr)r;
        if (text.Length > 50) text = text.Substring(0, 50);
        var sb = new PyStrBuilder();
        sb.Append($"<{m.Type.Name} object; span=({m.Spans[0]}, {m.Spans[1]}), match=").Append(text).Append(">");
        return sb.ToPyStr();
    }
}
