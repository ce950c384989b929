using System.Text;

namespace Kaa.Runtime.Modules.Sre;

/// <summary>The methods and attributes of <c>re.Pattern</c>.</summary>
internal static class PatternSlots
{
    private static readonly string[] StringPosEndpos = ["string", "pos", "endpos"];
    private static readonly ArgSpec MatchSpec = new("match", StringPosEndpos, 1, positionalOnly: 0);
    private static readonly ArgSpec FullMatchSpec = new("fullmatch", StringPosEndpos, 1, positionalOnly: 0);
    private static readonly ArgSpec SearchSpec = new("search", StringPosEndpos, 1, positionalOnly: 0);
    private static readonly ArgSpec FindAllSpec = new("findall", StringPosEndpos, 1, positionalOnly: 0);
    private static readonly ArgSpec FindIterSpec = new("finditer", StringPosEndpos, 1, positionalOnly: 0);
    private static readonly ArgSpec ScannerSpec = new("scanner", StringPosEndpos, 1, positionalOnly: 0);
    private static readonly ArgSpec SplitSpec = new("split", ["string", "maxsplit"], 1, positionalOnly: 0);
    private static readonly ArgSpec SubSpec = new("sub", ["repl", "string", "count"], 2, positionalOnly: 0);
    private static readonly ArgSpec SubnSpec = new("subn", ["repl", "string", "count"], 2, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew | TypeFlags.HasWeakrefs;
        type.AddAttribute("__doc__", PyStr.Create("Compiled regular expression object."));
        type.AddAttribute("__module__", PyStr.Intern("re"));
        type.Repr = static (ts, self) => Repr(ts, (SrePattern)self);
        type.Hash = static (ts, self) => Hash(ts, (SrePattern)self);
        type.RichCompare = static (ts, a, b, op) => Compare(ts, (SrePattern)a, b, op);

        type.AddMethod("match", static (ts, self, args, kw) => MatchOrSearch(ts, self, args, kw, MatchSpec, false, false),
            "Matches zero or more characters at the beginning of the string.");
        type.AddMethod("fullmatch", static (ts, self, args, kw) => MatchOrSearch(ts, self, args, kw, FullMatchSpec, false, true),
            "Matches against all of the string.");
        type.AddMethod("search", static (ts, self, args, kw) => MatchOrSearch(ts, self, args, kw, SearchSpec, true, false),
            "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.");
        type.AddMethod("sub", static (ts, self, args, kw) => Sub(ts, self, args, kw, SubSpec, false),
            "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.");
        type.AddMethod("subn", static (ts, self, args, kw) => Sub(ts, self, args, kw, SubnSpec, true),
            "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.");
        type.AddMethod("findall", static (ts, self, args, kw) => FindAll(ts, self, args, kw),
            "Return a list of all non-overlapping matches of pattern in string.");
        type.AddMethod("split", static (ts, self, args, kw) => Split(ts, self, args, kw),
            "Split string by the occurrences of pattern.");
        type.AddMethod("finditer", static (ts, self, args, kw) =>
        {
            var scanner = MakeScanner(ts, self, args, kw, FindIterSpec);
            if (scanner is null) return null;
            var search = Protocols.GetAttr(ts, scanner, "search");
            return search is null ? null : new PyCallableIterator(search, PyNone.Instance);
        }, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.");
        type.AddMethod("scanner", static (ts, self, args, kw) => MakeScanner(ts, self, args, kw, ScannerSpec));
        type.AddMethod("__copy__", static (ts, self) => self);
        type.AddMethod("__deepcopy__", static (ts, self, memo) => self);
        type.AddClassMethod(new MethodDef("__class_getitem__", static (ts, cls, arg) => SreModule.GenericAlias(ts, cls, arg), "See PEP 585"));

        type.AddGetSet("pattern", static (ts, self) => ((SrePattern)self).Source, doc: "The pattern string from which the RE object was compiled.");
        type.AddGetSet("flags", static (ts, self) => PyInt.Create(((SrePattern)self).Flags), doc: "The regex matching flags.");
        type.AddGetSet("groups", static (ts, self) => PyInt.Create(((SrePattern)self).Groups), doc: "The number of capturing groups in the pattern.");
        type.AddGetSet("groupindex", static (ts, self) =>
        {
            var p = (SrePattern)self;
            return p.GroupIndex is null ? new PyDict() : new PyMappingProxy(p.GroupIndex);
        }, doc: "A dictionary mapping group names to group numbers.");
    }

    /// <summary>Parses (string, pos, endpos) and makes the engine state.</summary>
    private static SreState? StateFromArgs(ThreadState ts, SrePattern p, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        long pos = 0, endpos = long.MaxValue;
        if (a[1] is { } posArg && !AsSsize(ts, posArg, out pos)) return null;
        if (a[2] is { } endArg && !AsSsize(ts, endArg, out endpos)) return null;
        return SreState.Create(ts, p, a[0]!, pos, endpos);
    }

    /// <summary>A Py_ssize_t argument: an int (or __index__), OverflowError past 64 bits.</summary>
    internal static bool AsSsize(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        var index = Protocols.Index(ts, obj);
        if (index is null) return false;
        if (!index.TryGetLong(out value))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }
        return true;
    }

    private static PyObject? MatchOrSearch(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw,
        ArgSpec spec, bool search, bool fullMatch)
    {
        var p = (SrePattern)self;
        var state = StateFromArgs(ts, p, args, kw, spec);
        if (state is null) return null;
        try
        {
            state.MatchAll = fullMatch;
            int status = search ? state.Search() : state.Match();
            if (ts.HasError) return null;
            var result = SreMatch.Create(ts, state, status);
            return result;
        }
        finally
        {
            // Gives the stacks back to the pattern and the buffer export back to the subject.
            state.Release();
        }
    }

    private static PyObject? MakeScanner(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec)
    {
        var p = (SrePattern)self;
        var state = StateFromArgs(ts, p, args, kw, spec);
        return state is null ? null : new SreScanner(p, state);
    }

    private static PyObject? FindAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = (SrePattern)self;
        var state = StateFromArgs(ts, p, args, kw, FindAllSpec);
        if (state is null) return null;
        try
        {
            var list = new PyList();
            while (state.Start <= state.End)
            {
                state.Reset();
                state.Ptr = state.Start;
                int status = state.Search();
                if (ts.HasError) return null;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetEngineError(ts, status);
                    return null;
                }
                PyObject item;
                switch (p.Groups)
                {
                    case 0:
                        item = state.GetSlice(state.Start, state.Ptr);
                        break;
                    case 1:
                        item = state.GetGroupSlice(1, true);
                        break;
                    default:
                        var items = new PyObject[p.Groups];
                        for (int i = 0; i < p.Groups; i++) items[i] = state.GetGroupSlice(i + 1, true);
                        item = PyTuple.Create(items);
                        break;
                }
                list.Append(item);
                state.MustAdvance = state.Ptr == state.Start;
                state.Start = state.Ptr;
            }
            return list;
        }
        finally
        {
            // Gives the stacks back to the pattern and the buffer export back to the subject.
            state.Release();
        }
    }

    private static PyObject? Split(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = (SrePattern)self;
        var a = new ArgBuffer();
        if (!SplitSpec.Parse(ts, args, kw, a)) return null;
        long maxsplit = 0;
        if (a[1] is { } m && !AsSsize(ts, m, out maxsplit)) return null;
        var state = SreState.Create(ts, p, a[0]!, 0, long.MaxValue);
        if (state is null) return null;
        try
        {
            var list = new PyList();
            long n = 0;
            int last = state.Start;
            while (maxsplit == 0 || n < maxsplit)
            {
                state.Reset();
                state.Ptr = state.Start;
                int status = state.Search();
                if (ts.HasError) return null;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetEngineError(ts, status);
                    return null;
                }
                list.Append(state.GetSlice(last, state.Start));
                for (int i = 0; i < p.Groups; i++) list.Append(state.GetGroupSlice(i + 1, false));
                n++;
                state.MustAdvance = state.Ptr == state.Start;
                last = state.Start = state.Ptr;
            }
            list.Append(state.GetSlice(last, state.EndPos));
            return list;
        }
        finally
        {
            // Gives the stacks back to the pattern and the buffer export back to the subject.
            state.Release();
        }
    }

    private static PyObject? Sub(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, bool subn)
    {
        var p = (SrePattern)self;
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        long count = 0;
        if (a[2] is { } c && !AsSsize(ts, c, out count)) return null;
        PyObject template = a[0]!;
        PyObject filter;
        bool filterIsCallable;
        if (template.Type.Call is not null)
        {
            filter = template;
            filterIsCallable = true;
        }
        else
        {
            if (IsLiteralTemplate(ts, template))
            {
                filter = template;
                filterIsCallable = false;
            }
            else
            {
                // Not a literal: re._subx compiles the template (to a string or a callable).
                var compiled = SreModule.CallReFunction(ts, "_subx", [p, template]);
                if (compiled is null) return null;
                filter = compiled;
                filterIsCallable = compiled.Type.Call is not null;
            }
        }
        var state = SreState.Create(ts, p, a[1]!, 0, long.MaxValue);
        if (state is null) return null;
        try
        {
            // A str subject's result is built directly; other subjects' through join, as CPython does.
            var pieces = state.IsBytes ? null : new SreSubResult((PyStr)state.String);
            var list = pieces is null ? new PyList() : null;
            long n = 0;
            int i = 0;
            while (count == 0 || n < count)
            {
                state.Reset();
                state.Ptr = state.Start;
                int status = state.Search();
                if (ts.HasError) return null;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetEngineError(ts, status);
                    return null;
                }
                int b = state.Start, e = state.Ptr;
                if (i < b)
                {
                    if (pieces is not null) pieces.AddRange(i, b);
                    else list!.Append(state.GetSlice(i, b));
                }
                PyObject item;
                if (filterIsCallable)
                {
                    var match = SreMatch.Create(ts, state, 1);
                    if (match is null) return null;
                    var r = Protocols.Call1(ts, filter, match);
                    if (r is null) return null;
                    item = r;
                }
                else item = filter;
                if (item is not PyNone)
                {
                    if (pieces is not null) pieces.AddItem(item);
                    else list!.Append(item);
                }
                i = e;
                n++;
                state.MustAdvance = state.Ptr == state.Start;
                state.Start = state.Ptr;
            }
            if (i < state.EndPos)
            {
                if (pieces is not null) pieces.AddRange(i, state.EndPos);
                else list!.Append(state.GetSlice(i, state.EndPos));
            }
            var joiner = state.GetSlice(0, 0);
            PyObject? result;
            if ((pieces?.Count ?? list!.Count) == 0) result = joiner;
            else
            {
                result = pieces is not null ? pieces.Finish(ts) : Protocols.CallMethod(ts, joiner, "join", [list!]);
                if (result is null) return null;
            }
            return subn ? PyTuple.Create(result, PyInt.Create(n)) : result;
        }
        finally
        {
            // Gives the stacks back to the pattern and the buffer export back to the subject.
            state.Release();
        }
    }

    /// <summary>A str or bytes-like template without a backslash is used as it is.</summary>
    private static bool IsLiteralTemplate(ThreadState ts, PyObject template)
    {
        if (template is PyStr s)
        {
            for (int k = 0; k < s.Length; k++)
                if (s[k] == '\\') return false;
            return true;
        }
        if (!Protocols.HasBuffer(template)) return false;
        if (!SreState.GetBytes(ts, template, out var array, out int offset, out int length))
        {
            ts.FetchError();
            return false;
        }
        return array.AsSpan(offset, length).IndexOf((byte)'\\') < 0;
    }

    private static readonly (string Name, int Value)[] FlagNames =
    [
        ("re.TEMPLATE", SreConst.FlagTemplate), ("re.IGNORECASE", SreConst.FlagIgnoreCase),
        ("re.LOCALE", SreConst.FlagLocale), ("re.MULTILINE", SreConst.FlagMultiline),
        ("re.DOTALL", SreConst.FlagDotAll), ("re.UNICODE", SreConst.FlagUnicode),
        ("re.VERBOSE", SreConst.FlagVerbose), ("re.DEBUG", SreConst.FlagDebug), ("re.ASCII", SreConst.FlagAscii),
    ];

    private static PyObject? Repr(ThreadState ts, SrePattern p)
    {
        var r = Protocols.Repr(ts, p.Source);
        if (r is null) return null;
        var source = (PyStr)r;
        if (source.Length > 200) source = source.Substring(0, 200);
        int flags = p.Flags;
        // re.UNICODE is the default for str patterns: not shown.
        if (p.IsBytes == 0 && (flags & (SreConst.FlagLocale | SreConst.FlagUnicode | SreConst.FlagAscii)) == SreConst.FlagUnicode)
            flags &= ~SreConst.FlagUnicode;
        var names = new List<string>();
        foreach (var (name, value) in FlagNames)
        {
            if ((flags & value) != 0)
            {
                names.Add(name);
                flags &= ~value;
            }
        }
        if (flags != 0) names.Add("0x" + flags.ToString("x"));
        var sb = new PyStrBuilder();
        sb.Append("re.compile(").Append(source);
        if (names.Count > 0) sb.Append(", " + string.Join("|", names));
        sb.Append(")");
        return sb.ToPyStr();
    }

    private static long Hash(ThreadState ts, SrePattern p)
    {
        long hash = Protocols.Hash(ts, p.Source);
        if (hash == -1) return -1;
        var bytes = new byte[p.Code.Length * 4];
        Buffer.BlockCopy(p.Code, 0, bytes, 0, bytes.Length);
        long hash2 = bytes.Length == 0 ? 0 : HashSecret.Hasher.HashBytes(bytes);
        hash ^= hash2;
        hash ^= p.Flags;
        hash ^= p.IsBytes;
        hash ^= p.Code.Length;
        return hash == -1 ? -2 : hash;
    }

    private static PyObject? Compare(ThreadState ts, SrePattern left, PyObject rightObj, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || rightObj is not SrePattern right)
            return PyNotImplemented.Instance;
        if (left == right) return PyBool.From(op == CompareOp.Eq);
        bool eq = left.Flags == right.Flags && left.IsBytes == right.IsBytes
            && left.Code.AsSpan().SequenceEqual(right.Code);
        if (eq)
        {
            int r = Protocols.RichCompareBool(ts, left.Source, right.Source, CompareOp.Eq);
            if (r < 0) return null;
            eq = r == 1;
        }
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }
}
