using Kaa.Runtime.Formatting;
namespace Kaa.Runtime;

/// <summary>
/// <c>_json.Encoder</c> (<c>make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)</c>): calling it with <c>(obj, level)</c> encodes obj
/// as compact JSON. json only uses it without indent, so (as in CPython) indent is carried, not applied.
/// The result is a list holding the text as one str (CPython's accumulator yields one chunk per 100000
/// pieces; json joins the list either way).
/// </summary>
internal sealed class JsonEncoder : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_json.Encoder", (PyType?)null, TypeFlags.None, Install);

    private PyObject _markers = PyNone.Instance, _default = PyNone.Instance, _encoder = PyNone.Instance, _indent = PyNone.Instance;
    private PyStr _keySeparator = PyStr.Empty, _itemSeparator = PyStr.Empty;
    private bool _sortKeys, _skipKeys, _allowNan;
    /// <summary>Set when the string encoder is one of this module's escapers: then it is called directly.</summary>
    private Func<PyStr, PyStr>? _fastEncode;

    private JsonEncoder(PyType type) : base(type) { }

    private static readonly ArgSpec NewSpec = new("make_encoder",
        ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"],
        required: 9, positionalOnly: 0);
    private static readonly ArgSpec CallSpec = new("_iterencode", ["obj", "_current_indent_level"], required: 2, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("_iterencode(obj, _current_indent_level) -> iterable"));
        type.New = New;
        type.Call = Call;
        type.AddMember("markers", static (ts, self) => ((JsonEncoder)self)._markers, doc: "markers");
        type.AddMember("default", static (ts, self) => ((JsonEncoder)self)._default, doc: "default");
        type.AddMember("encoder", static (ts, self) => ((JsonEncoder)self)._encoder, doc: "encoder");
        type.AddMember("indent", static (ts, self) => ((JsonEncoder)self)._indent, doc: "indent");
        type.AddMember("key_separator", static (ts, self) => ((JsonEncoder)self)._keySeparator, doc: "key_separator");
        type.AddMember("item_separator", static (ts, self) => ((JsonEncoder)self)._itemSeparator, doc: "item_separator");
        type.AddMember("sort_keys", static (ts, self) => PyBool.From(((JsonEncoder)self)._sortKeys), doc: "sort_keys");
        type.AddMember("skipkeys", static (ts, self) => PyBool.From(((JsonEncoder)self)._skipKeys), doc: "skipkeys");
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new PyObject?[9];
        if (JsonModule.TooManyPositional(ts, "make_encoder", 9, args, kwnames)) return null;
        if (!NewSpec.Parse(ts, args, kwnames, a)) return null;
        for (int i = 4; i <= 5; i++)
            if (a[i] is not PyStr) return ts.TypeError($"make_encoder() argument {i + 1} must be str, not {a[i]!.Type.Name}");
        int sortKeys = Protocols.IsTrue(ts, a[6]!);
        if (sortKeys < 0) return null;
        int skipKeys = Protocols.IsTrue(ts, a[7]!);
        if (skipKeys < 0) return null;
        int allowNan = Protocols.IsTrue(ts, a[8]!);
        if (allowNan < 0) return null;
        if (a[0] is not PyNone && a[0] is not PyDict)
            return ts.TypeError($"make_encoder() argument 1 must be dict or None, not {a[0]!.Type.Name}");
        var e = new JsonEncoder(type)
        {
            _markers = a[0]!,
            _default = a[1]!,
            _encoder = a[2]!,
            _indent = a[3]!,
            _keySeparator = (PyStr)a[4]!,
            _itemSeparator = (PyStr)a[5]!,
            _sortKeys = sortKeys != 0,
            _skipKeys = skipKeys != 0,
            _allowNan = allowNan != 0,
        };
        if (a[2] is PyBuiltinFunction { Def.ModuleName: "_json" } f)
            e._fastEncode = f.Def.Name switch
            {
                "encode_basestring_ascii" => JsonModule.EscapeAscii,
                "encode_basestring" => JsonModule.Escape,
                _ => null,
            };
        return e;
    }

    private static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (JsonModule.TooManyPositional(ts, "_iterencode", 2, args, kwnames)) return null;
        if (!CallSpec.Parse(ts, args, kwnames, a)) return null;
        if (!Protocols.AsIndex(ts, a[1]!, out long level, PyExc.OverflowError)) return null;
        var output = new PyStrBuilder();
        if (!((JsonEncoder)self).EncodeValue(ts, output, a[0]!, level)) return null;
        return PyList.FromArray([output.ToPyStr()]);
    }

    private static readonly PyStr Null = PyStr.Intern("null"), True = PyStr.Intern("true"), False = PyStr.Intern("false");

    private PyStr? EncodeFloat(ThreadState ts, PyFloat f)
    {
        double d = f.Value;
        if (double.IsFinite(d)) return PyStr.FromChars(FloatFormatter.Repr(d));
        if (!_allowNan)
        {
            ts.SetError(PyExc.ValueError, "Out of range float values are not JSON compliant");
            return null;
        }
        return d > 0 ? PyStr.Intern("Infinity") : d < 0 ? PyStr.Intern("-Infinity") : PyStr.Intern("NaN");
    }

    private PyStr? EncodeString(ThreadState ts, PyStr s)
    {
        if (_fastEncode is not null) return _fastEncode(s);
        var encoded = Protocols.Call1(ts, _encoder, s);
        if (encoded is null) return null;
        if (encoded is not PyStr r)
        {
            ts.SetError(PyExc.TypeError, $"encoder() must return a string, not {encoded.Type.Name}");
            return null;
        }
        return r;
    }

    /// <summary>int's own repr (an int subclass such as an IntEnum is written as its number).</summary>
    private static PyStr? IntRepr(ThreadState ts, PyObject i) => BuiltinTypes.Int.Repr!(ts, i) as PyStr;

    private bool EncodeValue(ThreadState ts, PyStrBuilder output, PyObject obj, long level)
    {
        PyStr? piece;
        if (obj == PyNone.Instance) piece = Null;
        else if (obj == PyBool.True) piece = True;
        else if (obj == PyBool.False) piece = False;
        else if (obj is PyStr s) piece = EncodeString(ts, s);
        else if (obj is PyInt) piece = IntRepr(ts, obj);
        else if (obj is PyFloat f) piece = EncodeFloat(ts, f);
        else if (obj is PyList or PyTuple || obj is PyDict)
        {
            if (!ts.EnterNative(" while encoding a JSON object")) return false;
            bool ok = obj is PyDict d ? EncodeDict(ts, output, d, level) : EncodeList(ts, output, obj, level);
            ts.LeaveNative();
            return ok;
        }
        else return EncodeOther(ts, output, obj, level);
        if (piece is null) return false;
        output.Append(piece);
        return true;
    }

    /// <summary>Marks a container as being encoded (markers[id(o)] = o); false with ValueError on a cycle.</summary>
    private bool Enter(ThreadState ts, PyObject o, out PyObject? ident)
    {
        ident = null;
        if (_markers is not PyDict markers) return true;
        ident = PyInt.Create(ts.Interp.IdOf(o));
        int has = markers.TryGetItem(ts, ident, out _);
        if (has < 0) return false;
        if (has > 0)
        {
            ts.SetError(PyExc.ValueError, "Circular reference detected");
            return false;
        }
        return markers.SetItem(ts, ident, o);
    }

    private bool Leave(ThreadState ts, PyObject? ident) => ident is null || ((PyDict)_markers).DelItem(ts, ident) >= 0;

    /// <summary>Anything else: encode what <c>default(obj)</c> returns.</summary>
    private bool EncodeOther(ThreadState ts, PyStrBuilder output, PyObject obj, long level)
    {
        if (!Enter(ts, obj, out var ident)) return false;
        var replacement = Protocols.Call1(ts, _default, obj);
        if (replacement is null) return false;
        if (!ts.EnterNative(" while encoding a JSON object")) return false;
        bool ok = EncodeValue(ts, output, replacement, level);
        ts.LeaveNative();
        return ok && Leave(ts, ident);
    }

    private bool EncodeList(ThreadState ts, PyStrBuilder output, PyObject seq, long level)
    {
        // A list may change while its items are encoded: its length and items are read afresh at each
        // step, as CPython's PySequence_Fast loop does.
        var list = seq as PyList;
        var tuple = seq as PyTuple;
        if ((list?.Count ?? tuple!.Length) == 0)
        {
            output.Append(PyStr.Intern("[]"));
            return true;
        }
        if (!Enter(ts, seq, out var ident)) return false;
        output.AppendCodePoint('[');
        for (int i = 0; i < (list?.Count ?? tuple!.Length); i++)
        {
            if (i > 0) output.Append(_itemSeparator);
            var item = list is not null ? list[i] : tuple!.Items[i];
            if (!EncodeValue(ts, output, item, level)) return false;
        }
        if (!Leave(ts, ident)) return false;
        output.AppendCodePoint(']');
        return true;
    }

    private bool EncodeDict(ThreadState ts, PyStrBuilder output, PyDict dict, long level)
    {
        if (dict.Count == 0)
        {
            output.Append(PyStr.Intern("{}"));
            return true;
        }
        if (!Enter(ts, dict, out var ident)) return false;
        output.AppendCodePoint('{');
        var items = Items(ts, dict);
        if (items is null) return false;
        if (_sortKeys && Protocols.CallMethod(ts, items, "sort", []) is null) return false;
        bool first = true;
        foreach (var item in items.ToArray())
        {
            if (item is not PyTuple { Length: 2 } pair)
            {
                ts.SetError(PyExc.ValueError, "items must return 2-tuples");
                return false;
            }
            var key = pair.Items[0];
            PyStr? keyText;
            if (key is PyStr ks) keyText = ks;
            else if (key is PyFloat kf) keyText = EncodeFloat(ts, kf);
            else if (key == PyBool.True) keyText = True;
            else if (key == PyBool.False) keyText = False;
            else if (key == PyNone.Instance) keyText = Null;
            else if (key is PyInt) keyText = IntRepr(ts, key);
            else if (_skipKeys) continue;
            else
            {
                ts.SetError(PyExc.TypeError, $"keys must be str, int, float, bool or None, not {key.Type.Name}");
                return false;
            }
            if (keyText is null) return false;
            if (!first) output.Append(_itemSeparator);
            first = false;
            var encodedKey = EncodeString(ts, keyText);
            if (encodedKey is null) return false;
            output.Append(encodedKey);
            output.Append(_keySeparator);
            if (!EncodeValue(ts, output, pair.Items[1], level)) return false;
        }
        if (!Leave(ts, ident)) return false;
        output.AppendCodePoint('}');
        return true;
    }

    /// <summary>PyMapping_Items: the pairs of an exact dict; <c>list(d.items())</c> for a subclass.</summary>
    private static PyList? Items(ThreadState ts, PyDict dict)
    {
        if (dict.Type == BuiltinTypes.Dict)
        {
            var list = new PyList();
            int pos = 0;
            while (dict.Next(ref pos, out var k, out var v)) list.Append(PyTuple.Create(k, v));
            return list;
        }
        var items = Protocols.CallMethod(ts, dict, "items", []);
        if (items is null) return null;
        var l = Protocols.ToList(ts, items);
        return l is null ? null : PyList.FromArray([.. l]);
    }
}
