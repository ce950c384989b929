using Kaa.Runtime.Formatting;
namespace Kaa.Runtime;

/// <summary>
/// <c>_json.Scanner</c> (<c>make_scanner(context)</c>): decodes one JSON value from a str at an index,
/// returning <c>(value, end)</c> or raising StopIteration(idx) where no value starts. It takes the
/// decoder's settings (strict, the hooks, parse_float/int/constant) from the context at construction and
/// shares equal object keys through a memo dict cleared after each call.
/// </summary>
internal sealed class JsonScanner : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_json.Scanner", (PyType?)null, TypeFlags.None, Install);

    private bool _strict;
    private PyObject _objectHook = PyNone.Instance, _objectPairsHook = PyNone.Instance;
    private PyObject _parseFloat = PyNone.Instance, _parseInt = PyNone.Instance, _parseConstant = PyNone.Instance;
    private readonly PyDict _memo = new();

    private JsonScanner(PyType type) : base(type) { }

    private static readonly ArgSpec NewSpec = new("make_scanner", ["context"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec CallSpec = new("scan_once", ["string", "idx"], required: 2, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("JSON scanner object"));
        type.New = New;
        type.Call = Call;
        type.AddMember("strict", static (ts, self) => PyBool.From(((JsonScanner)self)._strict), doc: "strict");
        type.AddMember("object_hook", static (ts, self) => ((JsonScanner)self)._objectHook, doc: "object_hook");
        type.AddMember("object_pairs_hook", static (ts, self) => ((JsonScanner)self)._objectPairsHook);
        type.AddMember("parse_float", static (ts, self) => ((JsonScanner)self)._parseFloat, doc: "parse_float");
        type.AddMember("parse_int", static (ts, self) => ((JsonScanner)self)._parseInt, doc: "parse_int");
        type.AddMember("parse_constant", static (ts, self) => ((JsonScanner)self)._parseConstant, doc: "parse_constant");
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (JsonModule.TooManyPositional(ts, "make_scanner", 1, args, kwnames)) return null;
        if (!NewSpec.Parse(ts, args, kwnames, a)) return null;
        var ctx = a[0]!;
        var s = new JsonScanner(type);
        var strict = Protocols.GetAttr(ts, ctx, PyStr.Intern("strict"));
        if (strict is null) return null;
        int truth = Protocols.IsTrue(ts, strict);
        if (truth < 0) return null;
        s._strict = truth != 0;
        if ((s._objectHook = Protocols.GetAttr(ts, ctx, PyStr.Intern("object_hook"))!) is null) return null;
        if ((s._objectPairsHook = Protocols.GetAttr(ts, ctx, PyStr.Intern("object_pairs_hook"))!) is null) return null;
        if ((s._parseFloat = Protocols.GetAttr(ts, ctx, PyStr.Intern("parse_float"))!) is null) return null;
        if ((s._parseInt = Protocols.GetAttr(ts, ctx, PyStr.Intern("parse_int"))!) is null) return null;
        if ((s._parseConstant = Protocols.GetAttr(ts, ctx, PyStr.Intern("parse_constant"))!) is null) return null;
        return s;
    }

    private static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (JsonModule.TooManyPositional(ts, "scan_once", 2, args, kwnames)) return null;
        if (!CallSpec.Parse(ts, args, kwnames, a)) return null;
        if (!Protocols.AsIndex(ts, a[1]!, out long idx, PyExc.OverflowError)) return null;
        if (a[0] is not PyStr str) return JsonModule.NotAString(ts, a[0]!);
        var s = (JsonScanner)self;
        var r = s.ScanOnce(ts, new JsonText(str), idx, out int next);
        s._memo.Clear();
        return r is null ? null : PyTuple.Create(r, PyInt.Create(next));
    }

    private static PyObject? StopAt(ThreadState ts, long idx)
    {
        ts.SetError(PyExc.StopIteration, PyTuple.Create(PyInt.Create(idx)));
        return null;
    }

    /// <summary>One JSON value of any kind starting at <paramref name="idx"/>.</summary>
    private PyObject? ScanOnce(ThreadState ts, JsonText text, long idx, out int next)
    {
        next = -1;
        if (idx < 0) return ts.ValueError("idx cannot be negative");
        int len = text.Length;
        if (idx >= len) return StopAt(ts, idx);
        int i = (int)idx;
        switch (text[i])
        {
            case '"':
                return JsonModule.Unescape(ts, text, i + 1, _strict, out next);
            case '{':
            {
                if (!ts.EnterNative(" while decoding a JSON object from a unicode string")) return null;
                var r = ParseObject(ts, text, i + 1, out next);
                ts.LeaveNative();
                return r;
            }
            case '[':
            {
                if (!ts.EnterNative(" while decoding a JSON array from a unicode string")) return null;
                var r = ParseArray(ts, text, i + 1, out next);
                ts.LeaveNative();
                return r;
            }
            case 'n' when Matches(text, i, "null"):
                next = i + 4;
                return PyNone.Instance;
            case 't' when Matches(text, i, "true"):
                next = i + 4;
                return PyBool.True;
            case 'f' when Matches(text, i, "false"):
                next = i + 5;
                return PyBool.False;
            case 'N' when Matches(text, i, "NaN"):
                return Constant(ts, "NaN", i, out next);
            case 'I' when Matches(text, i, "Infinity"):
                return Constant(ts, "Infinity", i, out next);
            case '-' when Matches(text, i, "-Infinity"):
                return Constant(ts, "-Infinity", i, out next);
        }
        return MatchNumber(ts, text, i, out next);
    }

    private static bool Matches(JsonText text, int at, string word)
    {
        if (at + word.Length > text.Length) return false;
        for (int k = 1; k < word.Length; k++)
            if (text[at + k] != word[k]) return false;
        return true;
    }

    private PyObject? Constant(ThreadState ts, string name, int at, out int next)
    {
        next = at + name.Length;
        return Protocols.Call1(ts, _parseConstant, PyStr.Intern(name));
    }

    private PyObject? ParseObject(ThreadState ts, JsonText text, int idx, out int next)
    {
        next = -1;
        bool pairs = _objectPairsHook != PyNone.Instance;
        PyList? pairList = pairs ? new PyList() : null;
        PyDict? dict = pairs ? null : new PyDict();
        int len = text.Length;
        idx = text.SkipWhitespace(idx);
        if (idx >= len || text[idx] != '}')
        {
            while (true)
            {
                if (idx >= len || text[idx] != '"')
                    return JsonModule.DecodeError(ts, "Expecting property name enclosed in double quotes", text.Str, idx);
                var key = JsonModule.Unescape(ts, text, idx + 1, _strict, out int after);
                if (key is null) return null;
                var shared = _memo.SetDefault(ts, key, key);
                if (shared is null) return null;
                idx = text.SkipWhitespace(after);
                if (idx >= len || text[idx] != ':') return JsonModule.DecodeError(ts, "Expecting ':' delimiter", text.Str, idx);
                idx = text.SkipWhitespace(idx + 1);
                var value = ScanOnce(ts, text, idx, out after);
                if (value is null) return null;
                if (pairList is not null) pairList.Append(PyTuple.Create(shared, value));
                else if (!dict!.SetItem(ts, shared, value)) return null;
                idx = text.SkipWhitespace(after);
                if (idx < len && text[idx] == '}') break;
                if (idx >= len || text[idx] != ',') return JsonModule.DecodeError(ts, "Expecting ',' delimiter", text.Str, idx);
                idx = text.SkipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        if (pairList is not null) return Protocols.Call1(ts, _objectPairsHook, pairList);
        if (_objectHook != PyNone.Instance) return Protocols.Call1(ts, _objectHook, dict!);
        return dict;
    }

    private PyObject? ParseArray(ThreadState ts, JsonText text, int idx, out int next)
    {
        next = -1;
        var list = new PyList();
        int len = text.Length;
        idx = text.SkipWhitespace(idx);
        if (idx >= len || text[idx] != ']')
        {
            while (true)
            {
                var value = ScanOnce(ts, text, idx, out int after);
                if (value is null) return null;
                list.Append(value);
                idx = text.SkipWhitespace(after);
                if (idx < len && text[idx] == ']') break;
                if (idx >= len || text[idx] != ',') return JsonModule.DecodeError(ts, "Expecting ',' delimiter", text.Str, idx);
                idx = text.SkipWhitespace(idx + 1);
            }
        }
        // Only reachable without the ']' for an empty array that ends the text.
        if (idx >= len || text[idx] != ']') return JsonModule.DecodeError(ts, "Expecting value", text.Str, len - 1);
        next = idx + 1;
        return list;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>A JSON number: an int, or a float when it has a fraction or an exponent (an 'e' with no
    /// digits after it is left unread).</summary>
    private PyObject? MatchNumber(ThreadState ts, JsonText text, int start, out int next)
    {
        next = -1;
        int endIdx = text.Length - 1, idx = start;
        if (text[idx] == '-')
        {
            idx++;
            if (idx > endIdx) return StopAt(ts, start);
        }
        if (text[idx] is >= '1' and <= '9')
        {
            idx++;
            while (idx <= endIdx && IsDigit(text[idx])) idx++;
        }
        else if (text[idx] == '0') idx++;
        else return StopAt(ts, start);
        bool isFloat = false;
        if (idx < endIdx && text[idx] == '.' && IsDigit(text[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= endIdx && IsDigit(text[idx])) idx++;
        }
        if (idx < endIdx && (text[idx] == 'e' || text[idx] == 'E'))
        {
            int eStart = idx;
            idx++;
            if (idx < endIdx && (text[idx] == '-' || text[idx] == '+')) idx++;
            while (idx <= endIdx && IsDigit(text[idx])) idx++;
            if (IsDigit(text[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        next = idx;
        var custom = isFloat
            ? (_parseFloat != BuiltinTypes.Float ? _parseFloat : null)
            : (_parseInt != BuiltinTypes.Int ? _parseInt : null);
        var digits = text.Str.Substring(start, idx);
        if (custom is not null) return Protocols.Call1(ts, custom, digits);
        if (isFloat)
        {
            var f = FloatParser.Parse(digits.Chars);
            return f.IsError ? IntSlots.Raise(ts, f.Error) : PyFloat.Create(f.Value);
        }
        var n = IntParser.Parse(digits.Chars, 10, ts.Interp.IntMaxStrDigits);
        return n.IsError ? IntSlots.Raise(ts, n.Error) : PyInt.Create(n.Value);
    }
}
