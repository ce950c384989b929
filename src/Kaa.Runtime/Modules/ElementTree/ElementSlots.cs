namespace Kaa.Runtime;

/// <summary>
/// The slots and methods of <c>_elementtree.Element</c> (CPython's Modules/_elementtree.c): construction,
/// the child sequence (index and slice access), the attribute helpers, find/findtext/findall with the
/// plain-tag fast path and ElementPath for real paths, copying and the pickling state.
/// </summary>
internal static class ElementSlots
{
    private static readonly ArgSpec FindSpec = new("find", ["path", "namespaces"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec FindAllSpec = new("findall", ["path", "namespaces"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec IterFindSpec = new("iterfind", ["path", "namespaces"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec FindTextSpec = new("findtext", ["path", "default", "namespaces"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec GetSpec = new("get", ["key", "default"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec IterSpec = new("iter", ["tag"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec InsertSpec = new("insert", ["index", "subelement"], required: 2);
    private static readonly ArgSpec SetSpec = new("set", ["key", "value"], required: 2);
    private static readonly ArgSpec MakeElementSpec = new("makeelement", ["tag", "attrib"], required: 2);
    private static readonly ArgSpec SetStateSpec = new("__setstate__", ["tag", "attrib", "text", "tail", "_children"], required: 0, positionalOnly: 0, maxPositional: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => PyElement.Make(t);
        type.Init = Init;
        type.Repr = Repr;
        type.Length = static (ts, self) => ((PyElement)self).Count;
        type.GetItem = Subscript;
        type.SetItem = AssignSubscript;

        type.AddMethod("clear", static (ts, self) =>
        {
            var e = (PyElement)self;
            e.ClearExtra();
            SetText(e, PyNone.Instance);
            SetTail(e, PyNone.Instance);
            return PyNone.Instance;
        });
        type.AddMethod("get", Get);
        type.AddMethod("set", Set);
        type.AddMethod("find", Find);
        type.AddMethod("findtext", FindText);
        type.AddMethod("findall", FindAll);
        type.AddMethod("append", static (ts, self, sub) =>
        {
            if (sub is not PyElement) return ArgumentTypeError(ts, "append() argument", sub);
            ((PyElement)self).AppendChild(sub);
            return PyNone.Instance;
        });
        type.AddMethod("extend", Extend);
        type.AddMethod("insert", Insert);
        type.AddMethod("remove", Remove);
        type.AddMethod("iter", Iter);
        type.AddMethod("itertext", static (ts, self) => new ElementIterator((PyElement)self, PyNone.Instance, gettext: true));
        type.AddMethod("iterfind", IterFind);
        type.AddMethod("items", static (ts, self) =>
        {
            var e = (PyElement)self;
            if (!e.HasExtra || e.Attrib is not { } a) return new PyList();
            var items = new PyList();
            int pos = 0;
            while (a.Next(ref pos, out var k, out var v)) items.Append(PyTuple.Create([k, v]));
            return items;
        });
        type.AddMethod("keys", static (ts, self) =>
        {
            var e = (PyElement)self;
            return e.HasExtra && e.Attrib is { } a ? PyList.FromArray([.. a.KeysSnapshot()]) : new PyList();
        });
        type.AddMethod("makeelement", MakeElement);
        type.AddMethod("__copy__", static (ts, self) => Copy((PyElement)self));
        type.AddMethod("__deepcopy__", static (ts, self, memo) =>
        {
            if (memo is not PyDict d) return ArgumentTypeError(ts, "__deepcopy__() argument", memo, "dict");
            return DeepCopy(ts, (PyElement)self, d);
        });
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(((PyElement)self).SizeOf()));
        type.AddMethod("__getstate__", GetState);
        type.AddMethod("__setstate__", SetState);

        type.AddGetSet("tag", static (ts, self) => ((PyElement)self).Tag, static (ts, self, value) =>
        {
            if (!ValidateValue(ts, value)) return -1;
            ((PyElement)self).Tag = value!;
            return 0;
        }, "A string identifying what kind of data this element represents");
        type.AddGetSet("text", static (ts, self) => ((PyElement)self).Text, static (ts, self, value) =>
        {
            if (!ValidateValue(ts, value)) return -1;
            SetText((PyElement)self, value!);
            return 0;
        }, "A string of text directly after the start tag, or None");
        type.AddGetSet("tail", static (ts, self) => ((PyElement)self).Tail, static (ts, self, value) =>
        {
            if (!ValidateValue(ts, value)) return -1;
            SetTail((PyElement)self, value!);
            return 0;
        }, "A string of text directly after the end tag, or None");
        type.AddGetSet("attrib", static (ts, self) => ((PyElement)self).GetAttrib(), static (ts, self, value) =>
        {
            if (!ValidateValue(ts, value)) return -1;
            if (value is not PyDict d)
            {
                ts.SetError(PyExc.TypeError, $"attrib must be dict, not {value!.Type.Name}");
                return -1;
            }
            var e = (PyElement)self;
            if (!e.HasExtra) e.CreateExtra(null);
            e.Attrib = d;
            return 0;
        }, "A dictionary containing the element's attributes");
    }

    internal static void SetText(PyElement e, PyObject value)
    {
        e.Text = value;
        e.TextJoined = false;
    }

    internal static void SetTail(PyElement e, PyObject value)
    {
        e.Tail = value;
        e.TailJoined = false;
    }

    private static bool ValidateValue(ThreadState ts, PyObject? value)
    {
        if (value is not null) return true;
        ts.SetError(PyExc.AttributeError, "can't delete element attribute");
        return false;
    }

    /// <summary>Clinic's subclass_of message: "append() argument must be xml.etree.ElementTree.Element, not int".</summary>
    internal static PyObject? ArgumentTypeError(ThreadState ts, string what, PyObject value, string expected = "xml.etree.ElementTree.Element") =>
        ts.TypeError($"{what} must be {expected}, not {value.Type.Name}");

    /// <summary>raise_type_error: an object that should have been an Element.</summary>
    internal static PyObject? ExpectedElement(ThreadState ts, PyObject value) =>
        ts.TypeError($"expected an Element, not \"{value.Type.Name}\"");

    // ---- construction ------------------------------------------------------------------------------------

    /// <summary>The keyword arguments of a call as a new dict (null when there are none).</summary>
    internal static PyDict? KeywordDict(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Length == 0) return null;
        var d = new PyDict();
        int npos = args.Length - kwnames.Length;
        for (int i = 0; i < kwnames.Length; i++)
            if (!d.SetItem(ts, kwnames.Items[i], args[npos + i])) return null;
        return d;
    }

    /// <summary>The attribute dict of Element()/SubElement(): a copy of the positional dict updated with
    /// the keywords, or get_attrib_from_keywords (an <c>attrib=</c> keyword merged with the others).
    /// Null with no error when there are no attributes at all.</summary>
    internal static bool AttribFromArgs(ThreadState ts, PyObject? positional, PyDict? kwds, out PyDict? attrib)
    {
        attrib = null;
        if (positional is PyDict given)
        {
            attrib = given.Copy(ts);
            if (attrib is null) return false;
            if (kwds is not null && !attrib.Merge(ts, kwds, 1)) return false;
            return true;
        }
        if (kwds is null) return true;
        var key = PyStr.Intern("attrib");
        int found = kwds.TryGetItem(ts, key, out var fromKw);
        if (found < 0) return false;
        if (found > 0)
        {
            if (fromKw is not PyDict fd)
            {
                ts.SetError(PyExc.TypeError, $"attrib must be dict, not {fromKw!.Type.Name}");
                return false;
            }
            attrib = fd.Copy(ts);
            if (attrib is null || kwds.DelItem(ts, key) < 0) return false;
        }
        else attrib = new PyDict();
        return attrib.Merge(ts, kwds, 1);
    }

    /// <summary>PyArg_ParseTuple's messages for "O|O!:Name" (and "O!O|O!:SubElement").</summary>
    internal static bool PositionalCount(ThreadState ts, string name, int npos, int min, int max)
    {
        if (npos < min)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({npos} given)");
            return false;
        }
        if (npos > max)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at most {max} arguments ({npos} given)");
            return false;
        }
        return true;
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (!PositionalCount(ts, "Element", npos, 1, 2)) return -1;
        if (npos == 2 && args[1] is not PyDict)
        {
            ts.SetError(PyExc.TypeError, $"Element() argument 2 must be dict, not {args[1].Type.Name}");
            return -1;
        }
        var kwds = KeywordDict(ts, args, kwnames);
        if (kwds is null && ts.HasError) return -1;
        if (!AttribFromArgs(ts, npos == 2 ? args[1] : null, kwds, out var attrib)) return -1;
        var e = (PyElement)self;
        if (attrib is not null && attrib.Count > 0) e.CreateExtra(attrib);
        e.Tag = args[0];
        SetText(e, PyNone.Instance);
        SetTail(e, PyNone.Instance);
        return 0;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var e = (PyElement)self;
        if (ts.ReprEnter(e)) return ts.RuntimeError($"reentrant call inside {e.Type.Name}.__repr__");
        try
        {
            var tag = Protocols.Repr(ts, e.Tag);
            if (tag is null) return null;
            return PyStr.Create($"<Element {tag} at {Protocols.AddressOf(ts, e)}>");
        }
        finally { ts.ReprLeave(e); }
    }

    // ---- children ---------------------------------------------------------------------------------------

    private static PyObject? Subscript(ThreadState ts, PyObject self, PyObject item)
    {
        var e = (PyElement)self;
        if (item.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, item, out long i, PyExc.IndexError)) return null;
            if (i < 0 && e.HasExtra) i += e.Count;
            if (i < 0 || i >= e.Count) return ts.IndexError("child index out of range");
            return e.Child((int)i);
        }
        if (item is PySlice slice)
        {
            if (!e.HasExtra) return new PyList();
            if (!SliceIndices.Unpack(ts, slice, out long start, out long stop, out long step)) return null;
            long n = SliceIndices.AdjustIndices(e.Count, ref start, ref stop, step);
            if (n <= 0) return new PyList();
            var items = new PyObject[n];
            long cur = start;
            for (long k = 0; k < n; k++, cur += step) items[k] = e.Child((int)cur);
            return PyList.FromArray(items);
        }
        return ts.TypeError("element indices must be integers");
    }

    private static int AssignSubscript(ThreadState ts, PyObject self, PyObject item, PyObject? value)
    {
        var e = (PyElement)self;
        if (item.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, item, out long i, PyExc.IndexError)) return -1;
            if (i < 0 && e.HasExtra) i += e.Count;
            if (i < 0 || i >= e.Count)
            {
                ts.SetError(PyExc.IndexError, "child assignment index out of range");
                return -1;
            }
            if (value is null)
            {
                e.RemoveChildAt((int)i);
                return 0;
            }
            if (value is not PyElement)
            {
                ExpectedElement(ts, value);
                return -1;
            }
            e.SetChild((int)i, value);
            return 0;
        }
        if (item is PySlice slice)
        {
            if (!e.HasExtra) e.CreateExtra(null);
            if (!SliceIndices.Unpack(ts, slice, out long start, out long stop, out long step)) return -1;
            long slicelen = SliceIndices.AdjustIndices(e.Count, ref start, ref stop, step);
            if (value is null)
            {
                e.DeleteSlice(start, step, slicelen);
                return 0;
            }
            var seq = ReferenceEquals(value, e) ? e.Children.ToArray() : ListSlots.SequenceFast(ts, value, null);
            if (seq is null)
            {
                if (ts.ErrorMatches(PyExc.TypeError)) ts.ClearError();
                else if (ts.HasError) return -1;
                ts.SetError(PyExc.TypeError, $"expected sequence, not \"{value.Type.Name}\"");
                return -1;
            }
            if (step != 1 && seq.Length != slicelen)
            {
                ts.SetError(PyExc.ValueError, $"attempt to assign sequence of size {seq.Length} to extended slice of size {slicelen}");
                return -1;
            }
            foreach (var x in seq)
                if (x is not PyElement)
                {
                    ExpectedElement(ts, x);
                    return -1;
                }
            e.ReplaceSlice(start, stop, step, Math.Max(slicelen, 0), seq);
            return 0;
        }
        ts.SetError(PyExc.TypeError, "element indices must be integers");
        return -1;
    }

    private static PyObject? Extend(ThreadState ts, PyObject self, PyObject elements)
    {
        var e = (PyElement)self;
        var seq = ReferenceEquals(elements, e) ? e.Children.ToArray() : ListSlots.SequenceFast(ts, elements, null);
        if (seq is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError)) ts.ClearError();
            else if (ts.HasError) return null;
            return ts.TypeError($"expected sequence, not \"{elements.Type.Name}\"");
        }
        foreach (var x in seq)
        {
            if (x is not PyElement) return ExpectedElement(ts, x);
            e.AppendChild(x);
        }
        return PyNone.Instance;
    }

    private static PyObject? Insert(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!InsertSpec.Parse(ts, args, kwnames, a)) return null;
        if (!Protocols.AsIndex(ts, a[0]!, out long index, PyExc.OverflowError)) return null;
        if (a[1] is not PyElement sub) return ArgumentTypeError(ts, "insert() argument 2", a[1]!);
        var e = (PyElement)self;
        if (!e.HasExtra) e.CreateExtra(null);
        if (index < 0)
        {
            index += e.Count;
            if (index < 0) index = 0;
        }
        if (index > e.Count) index = e.Count;
        e.InsertChild((int)index, sub);
        return PyNone.Instance;
    }

    private static PyObject? Remove(ThreadState ts, PyObject self, PyObject sub)
    {
        if (sub is not PyElement) return ArgumentTypeError(ts, "remove() argument", sub);
        var e = (PyElement)self;
        for (int i = 0; i < e.Count; i++)
        {
            var child = e.Child(i);
            if (!ReferenceEquals(child, sub))
            {
                int rc = Protocols.RichCompareBool(ts, child, sub, CompareOp.Eq);
                if (rc < 0) return null;
                if (rc == 0) continue;
            }
            // The comparison may have run Python code that shortened the list.
            if (i < e.Count) e.RemoveChildAt(i);
            return PyNone.Instance;
        }
        return ts.ValueError("list.remove(x): x not in list");
    }

    // ---- attributes -------------------------------------------------------------------------------------

    private static PyObject? Get(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!Args(GetSpec, ts, args, kwnames, a)) return null;
        var e = (PyElement)self;
        if (e.HasExtra && e.Attrib is { } attrib)
        {
            int found = attrib.TryGetItem(ts, a[0]!, out var value);
            if (found < 0) return null;
            if (found > 0) return value;
        }
        return a[1] ?? PyNone.Instance;
    }

    private static PyObject? Set(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!SetSpec.Parse(ts, args, kwnames, a)) return null;
        return ((PyElement)self).GetAttrib().SetItem(ts, a[0]!, a[1]!) ? PyNone.Instance : null;
    }

    private static PyObject? MakeElement(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!MakeElementSpec.Parse(ts, args, kwnames, a)) return null;
        if (a[1] is not PyDict d) return ArgumentTypeError(ts, "makeelement() argument 2", a[1]!, "dict");
        var copy = d.Copy(ts);
        if (copy is null) return null;
        return PyElement.Create(a[0]!, copy);
    }

    /// <summary>The arguments of a lookup method: positional ones placed directly (the common call),
    /// the rest through the signature's parser and its messages.</summary>
    private static bool Args(ArgSpec spec, ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Span<PyObject?> slots)
    {
        if (kwnames is not null || args.Length < spec.Required || args.Length > spec.Names.Length)
            return spec.Parse(ts, args, kwnames, slots);
        for (int i = 0; i < spec.Names.Length; i++) slots[i] = i < args.Length ? args[i] : null;
        return true;
    }

    // ---- searching --------------------------------------------------------------------------------------

    /// <summary>checkpath: true when a tag may be a path expression (ElementPath must handle it).</summary>
    private static bool CheckPath(PyObject tag)
    {
        if (tag is PyStr s)
        {
            int len = s.Length;
            if (len >= 3 && s[0] == '{' && (s[1] == '}' || (s[1] == '*' && s[2] == '}'))) return true;
            bool check = true;
            for (int i = 0; i < len; i++)
            {
                int ch = s[i];
                if (ch == '{') check = false;
                else if (ch == '}') check = true;
                else if (check && (ch == '/' || ch == '*' || ch == '[' || ch == '@' || ch == '.')) return true;
            }
            return false;
        }
        if (tag is PyBytes b)
        {
            var p = b.Value;
            if (p.Length >= 3 && p[0] == '{' && (p[1] == '}' || (p[1] == '*' && p[2] == '}'))) return true;
            bool check = true;
            foreach (byte ch in p)
            {
                if (ch == '{') check = false;
                else if (ch == '}') check = true;
                else if (check && (ch == '/' || ch == '*' || ch == '[' || ch == '@' || ch == '.')) return true;
            }
            return false;
        }
        return true;
    }

    private static PyObject? ElementPath(ThreadState ts, string function, ReadOnlySpan<PyObject> args)
    {
        var module = ElementTreeModule.State(ts).ElementPath;
        if (module is null) return ts.RuntimeError("xml.etree.ElementPath was not imported");
        return Protocols.CallMethod(ts, module, function, args);
    }

    private static PyObject? Find(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!Args(FindSpec, ts, args, kwnames, a)) return null;
        var e = (PyElement)self;
        var path = a[0]!;
        var ns = a[1] ?? PyNone.Instance;
        if (ns is not PyNone || CheckPath(path)) return ElementPath(ts, "find", [e, path, ns]);
        for (int i = 0; i < e.Count; i++)
        {
            var child = e.Child(i);
            int rc = TagEquals(ts, child.Tag, path);
            if (rc > 0) return child;
            if (rc < 0) return null;
        }
        return PyNone.Instance;
    }

    private static PyObject? FindText(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!Args(FindTextSpec, ts, args, kwnames, a)) return null;
        var e = (PyElement)self;
        var path = a[0]!;
        var deflt = a[1] ?? PyNone.Instance;
        var ns = a[2] ?? PyNone.Instance;
        if (ns is not PyNone || CheckPath(path)) return ElementPath(ts, "findtext", [e, path, deflt, ns]);
        for (int i = 0; i < e.Count; i++)
        {
            var child = e.Child(i);
            int rc = TagEquals(ts, child.Tag, path);
            if (rc > 0) return child.Text is PyNone ? PyStr.Empty : child.Text;
            if (rc < 0) return null;
        }
        return deflt;
    }

    private static PyObject? FindAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!Args(FindAllSpec, ts, args, kwnames, a)) return null;
        var e = (PyElement)self;
        var path = a[0]!;
        var ns = a[1] ?? PyNone.Instance;
        if (ns is not PyNone || CheckPath(path)) return ElementPath(ts, "findall", [e, path, ns]);
        var result = new PyList();
        for (int i = 0; i < e.Count; i++)
        {
            var child = e.Child(i);
            int rc = TagEquals(ts, child.Tag, path);
            if (rc < 0) return null;
            if (rc > 0) result.Append(child);
        }
        return result;
    }

    private static PyObject? IterFind(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!IterFindSpec.Parse(ts, args, kwnames, a)) return null;
        return ElementPath(ts, "iterfind", [self, a[0]!, a[1] ?? PyNone.Instance]);
    }

    private static PyObject? Iter(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!Args(IterSpec, ts, args, kwnames, a)) return null;
        var tag = a[0] ?? PyNone.Instance;
        if ((tag is PyStr s && s.Length == 1 && s[0] == '*') || (tag is PyBytes b && b.Value.Length == 1 && b.Value[0] == '*'))
            tag = PyNone.Instance;
        return new ElementIterator((PyElement)self, tag, gettext: false);
    }

    // ---- copying and pickling ---------------------------------------------------------------------------

    private static PyElement Copy(PyElement self)
    {
        var copy = PyElement.Create(self.Tag, self.HasExtra ? self.Attrib : null);
        copy.Text = self.Text;
        copy.TextJoined = self.TextJoined;
        copy.Tail = self.Tail;
        copy.TailJoined = self.TailJoined;
        if (self.HasExtra) copy.SetChildren(self.Children);
        return copy;
    }

    internal static PyObject? DeepCopy(ThreadState ts, PyElement self, PyDict memo)
    {
        var tag = DeepCopyValue(ts, self.Tag, memo);
        if (tag is null) return null;
        PyDict? attrib = null;
        if (self.HasExtra && self.Attrib is { } a)
        {
            var copied = DeepCopyValue(ts, a, memo);
            if (copied is null) return null;
            attrib = copied as PyDict;
            if (attrib is null) return ts.TypeError("deepcopy of the attributes did not return a dict");
        }
        var element = PyElement.Create(tag, attrib);
        var text = DeepCopyValue(ts, self.Text, memo);
        if (text is null) return null;
        element.Text = text;
        element.TextJoined = self.TextJoined;
        var tail = DeepCopyValue(ts, self.Tail, memo);
        if (tail is null) return null;
        element.Tail = tail;
        element.TailJoined = self.TailJoined;
        if (self.HasExtra)
        {
            var children = self.Children.ToArray();
            element.Reserve(children.Length);
            foreach (var c in children)
            {
                var child = DeepCopyValue(ts, c, memo);
                if (child is null) return null;
                if (child is not PyElement) return ExpectedElement(ts, child);
                element.AppendChild(child);
            }
        }
        if (!memo.SetItem(ts, PyInt.Create(ts.Interp.IdOf(self)), element)) return null;
        return element;
    }

    /// <summary>
    /// deepcopy(): None and exact str as they are; an exact dict of strings copied directly; an exact
    /// Element copied by a direct call, as CPython does for the objects only their parent holds (so a deep
    /// tree copies without the Python recursion limit: only the .NET stack bounds it); anything else, and
    /// an Element the memo already holds (a child appearing twice), through copy.deepcopy.
    /// </summary>
    private static PyObject? DeepCopyValue(ThreadState ts, PyObject obj, PyDict memo)
    {
        if (obj is PyNone || obj.Type == BuiltinTypes.Str) return obj;
        if (obj.Type == BuiltinTypes.Dict && AllStrings((PyDict)obj)) return ((PyDict)obj).Copy(ts);
        if (obj.Type == PyElement.TypeObject && System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            int found = memo.TryGetItem(ts, PyInt.Create(ts.Interp.IdOf(obj)), out var copied);
            if (found < 0) return null;
            if (found == 0) return DeepCopy(ts, (PyElement)obj, memo);
            return copied;
        }
        var deepcopy = ElementTreeModule.State(ts).DeepCopy;
        if (deepcopy is null) return ts.RuntimeError("deepcopy helper not found");
        return Protocols.Call(ts, deepcopy, [obj, memo], null);
    }

    private static bool AllStrings(PyDict d)
    {
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
            if (k.Type != BuiltinTypes.Str || v.Type != BuiltinTypes.Str) return false;
        return true;
    }

    private static PyObject? GetState(ThreadState ts, PyObject self)
    {
        var e = (PyElement)self;
        var state = new PyDict();
        state.SetStr("tag", e.Tag);
        state.SetStr("_children", PyList.FromArray(e.Children.ToArray()));
        state.SetStr("attrib", e.HasExtra && e.Attrib is { } a ? a : new PyDict());
        state.SetStr("text", e.Text);
        state.SetStr("tail", e.Tail);
        return state;
    }

    private static PyObject? SetState(ThreadState ts, PyObject self, PyObject state)
    {
        if (state.Type != BuiltinTypes.Dict)
        {
            var r = Protocols.Repr(ts, state);
            if (r is null) return null;
            return ts.TypeError($"Don't know how to unpickle \"{r}\" as an Element");
        }
        var d = (PyDict)state;
        var keys = new List<PyObject>();
        var values = new List<PyObject>();
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr) return ts.TypeError("keywords must be strings");
            keys.Add(k);
            values.Add(v);
        }
        var argv = new PyObject[keys.Count];
        values.CopyTo(argv);
        var a = new ArgBuffer();
        if (!SetStateSpec.Parse(ts, argv, keys.Count == 0 ? null : PyTuple.Create([.. keys]), a)) return null;
        var tag = a[0];
        var attrib = a[1];
        var text = a[2];
        var tail = a[3];
        var children = a[4];
        if (tag is null) return ts.TypeError("tag may not be NULL");
        var e = (PyElement)self;
        e.Tag = tag;
        e.Text = text ?? PyNone.Instance;
        e.TextJoined = text is not null && text.Type == BuiltinTypes.List;
        if (e.TextJoined) e.Text = JoinList(ts, (PyList)text!) ?? PyNone.Instance;
        e.Tail = tail ?? PyNone.Instance;
        e.TailJoined = tail is not null && tail.Type == BuiltinTypes.List;
        if (e.TailJoined) e.Tail = JoinList(ts, (PyList)tail!) ?? PyNone.Instance;
        if (ts.HasError) return null;
        if (children is null && attrib is null) return PyNone.Instance;
        if (children is not null)
        {
            if (children is not PyList list) return ts.TypeError("'_children' is not a list");
            var items = list.ToArray();
            foreach (var c in items)
                if (c is not PyElement) return ExpectedElement(ts, c);
            var keep = e.HasExtra ? e.Attrib : null;
            e.ClearExtra();
            e.CreateExtra(keep);
            e.SetChildren(items);
        }
        else if (!e.HasExtra) e.CreateExtra(null);
        // CPython stores any object here; Kaa's attribute slot holds dicts only.
        e.Attrib = attrib as PyDict;
        return PyNone.Instance;
    }

    /// <summary>tag == sought, with exact strings compared directly (the common case in find and iter).</summary>
    internal static int TagEquals(ThreadState ts, PyObject tag, PyObject sought)
    {
        if (tag.Type == BuiltinTypes.Str && sought.Type == BuiltinTypes.Str)
            return ReferenceEquals(tag, sought) || ((PyStr)tag).EqualsStr((PyStr)sought) ? 1 : 0;
        return Protocols.RichCompareBool(ts, tag, sought, CompareOp.Eq);
    }

    /// <summary>list_join: "".join(list).</summary>
    internal static PyObject? JoinList(ThreadState ts, PyList list) =>
        Protocols.CallMethod(ts, PyStr.Empty, "join", [list]);
}
