using System.Collections.Immutable;
using System.Numerics;
using Kaa.Compiler.Code;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary>
/// Reads <c>ast</c> node objects into the compiler's tree (CPython's <c>PyAST_obj2mod</c>). The per-type
/// readers are generated (AstFromObjects.g.cs, tools/gen_ast_from_objects.py); this file holds what they
/// share: field lookup with CPython's "required field" and list checks, the recursion guard, and the
/// leaf conversions (identifiers, strings, ints, constants). Semantic checks come after, in
/// <see cref="AstValidator"/>, as _PyAST_Validate follows obj2ast.
/// </summary>
internal sealed partial class AstFromObjects
{
    /// <summary>Reads one value of an ASDL type: false with the error set; a null result stands for None.</summary>
    private delegate bool Converter<T>(PyObject obj, out T? value);

    private readonly ThreadState _ts;
    private readonly AstState _state;
    private readonly Converter<string> _identifier, _string;
    private readonly Converter<int> _int;
    private readonly Converter<object> _constant;
    private readonly Dictionary<string, string> _recursionContexts = new(StringComparer.Ordinal);

    public AstFromObjects(ThreadState ts, AstState state) : this(ts, state, true) { }

    /// <summary>The tree of <paramref name="obj"/> (an instance of a <c>mod</c> class); null with the error set.</summary>
    public Mod? Mod(PyObject obj) => Sum_mod(obj, out var mod) ? mod : null;

    private int IsInstance(PyObject obj, string className)
    {
        var cls = _state.Class(className);
        // Exact node classes are the common case: no need for the full isinstance protocol.
        if (obj.Type == cls) return 1;
        return Protocols.IsInstance(_ts, obj, cls);
    }

    private bool Expected(string sum, PyObject obj)
    {
        var repr = Protocols.Repr(_ts, obj);
        if (repr is null) return false;
        _ts.SetError(PyExc.TypeError, $"expected some sort of {sum}, but got {repr}");
        return false;
    }

    /// <summary>The node constructor's check (_PyAST_Xxx): a required field given as None.</summary>
    private bool Absent(string field, string owner)
    {
        _ts.SetError(PyExc.ValueError, $"field '{field}' is required for {owner}");
        return false;
    }

    private string RecursionContext(string owner)
    {
        if (!_recursionContexts.TryGetValue(owner, out var where))
            _recursionContexts[owner] = where = $" while traversing '{owner}' node";
        return where;
    }

    private bool Lookup(PyObject obj, string field, out PyObject? value)
    {
        value = Protocols.LookupAttr(_ts, obj, field);
        return value is not null || !_ts.HasError;
    }

    /// <summary>A field that must be present (None passes here: the constructor check decides).</summary>
    private bool Required<T>(PyObject obj, string field, string owner, Converter<T> convert, out T? value)
    {
        value = default;
        if (!Lookup(obj, field, out var item)) return false;
        if (item is null)
        {
            _ts.SetError(PyExc.TypeError, $"required field \"{field}\" missing from {owner}");
            return false;
        }
        return Convert(item, owner, convert, out value);
    }

    /// <summary>An optional field: absent or None gives <paramref name="fallback"/>.</summary>
    private bool Optional<T>(PyObject obj, string field, string owner, Converter<T> convert, out T? value, T? fallback)
    {
        value = fallback;
        if (!Lookup(obj, field, out var item)) return false;
        if (item is null || item is PyNone) return true;
        return Convert(item, owner, convert, out value);
    }

    /// <summary>A sequence field: it must be a list; its items are read one by one.</summary>
    private bool Sequence<T>(PyObject obj, string field, string owner, Converter<T> convert, out T[] values)
    {
        values = [];
        if (!Lookup(obj, field, out var item)) return false;
        if (item is null)
        {
            _ts.SetError(PyExc.TypeError, $"required field \"{field}\" missing from {owner}");
            return false;
        }
        if (item is not PyList list)
        {
            _ts.SetError(PyExc.TypeError, $"{owner} field \"{field}\" must be a list, not a {AstCompile.ShortName(item.Type)}");
            return false;
        }
        int count = list.Count;
        values = count == 0 ? [] : new T[count];
        for (int i = 0; i < count; i++)
        {
            if (!Convert(list[i], owner, convert, out var element)) return false;
            if (count != list.Count)
            {
                _ts.SetError(PyExc.RuntimeError, $"{owner} field \"{field}\" changed size during iteration");
                return false;
            }
            values[i] = element!;
        }
        return true;
    }

    private bool Convert<T>(PyObject item, string owner, Converter<T> convert, out T? value)
    {
        value = default;
        if (!_ts.EnterNative(RecursionContext(owner))) return false;
        bool ok = convert(item, out value);
        _ts.LeaveNative();
        return ok;
    }

    // ---- leaves --------------------------------------------------------------------------------------

    private bool Identifier(PyObject obj, out string? value)
    {
        value = null;
        if (obj is PyNone) return true;
        if (obj.Type != BuiltinTypes.Str)
        {
            _ts.SetError(PyExc.TypeError, "AST identifier must be of type str");
            return false;
        }
        value = ((PyStr)obj).Chars;
        return true;
    }

    private bool String(PyObject obj, out string? value)
    {
        value = null;
        if (obj.Type == BuiltinTypes.Str)
        {
            value = ((PyStr)obj).Chars;
            return true;
        }
        if (obj.Type == BuiltinTypes.Bytes)
        {
            value = System.Text.Encoding.UTF8.GetString(((PyBytes)obj).Value);
            return true;
        }
        _ts.SetError(PyExc.TypeError, "AST string must be of type str");
        return false;
    }

    private bool Int(PyObject obj, out int value)
    {
        value = 0;
        if (obj is not PyInt i)
        {
            var repr = Protocols.Repr(_ts, obj);
            if (repr is not null) _ts.SetError(PyExc.ValueError, $"invalid integer value: {repr}");
            return false;
        }
        if (!i.TryGetLong(out long l) || l is < int.MinValue or > int.MaxValue)
        {
            _ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        value = (int)l;
        return true;
    }

    private bool Constant(PyObject obj, out object? value)
    {
        value = ToConstant(obj);
        return value is not InvalidConstant { Failed: true };
    }

    /// <summary>
    /// A constant's value as the compiler holds it. What a Constant may not hold (validate_constant) becomes an
    /// <see cref="InvalidConstant"/>, reported by the validator after the whole tree has been read, as CPython orders it.
    /// </summary>
    private object? ToConstant(PyObject obj)
    {
        switch (obj)
        {
            case PyNone: return null;
            case PyBool b: return b.IsTrue;
            case PyEllipsis: return EllipsisValue.Instance;
        }
        var type = obj.Type;
        if (type == BuiltinTypes.Int)
        {
            var i = (PyInt)obj;
            return i.TryGetLong(out long l) ? (object)l : i.Value;
        }
        if (type == BuiltinTypes.Float) return ((PyFloat)obj).Value;
        if (type == BuiltinTypes.Complex) return new Complex(((PyComplex)obj).Real, ((PyComplex)obj).Imag);
        if (type == BuiltinTypes.Str) return StrConstant((PyStr)obj);
        if (type == BuiltinTypes.Bytes) return ((PyBytes)obj).Value;
        if (type == BuiltinTypes.Tuple || type == BuiltinTypes.FrozenSet)
        {
            PyObject[] items;
            if (obj is PyTuple t) items = t.Items;
            else
            {
                var list = Protocols.ToList(_ts, obj);
                if (list is null) return new InvalidConstant(obj, null) { Failed = true };
                items = [.. list];
            }
            var values = ImmutableArray.CreateBuilder<object?>(items.Length);
            foreach (var item in items)
            {
                var v = ToConstant(item);
                if (v is InvalidConstant bad) return bad;
                values.Add(v);
            }
            return type == BuiltinTypes.Tuple ? new ConstTuple(values.MoveToImmutable()) : new ConstFrozenSet(values.MoveToImmutable());
        }
        return new InvalidConstant(obj, AstCompile.ShortName(type));
    }

    /// <summary>A str constant: .NET text, or code points when it holds surrogates (which UTF-16 would pair up).</summary>
    private static object StrConstant(PyStr s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] is >= 0xD800 and <= 0xDFFF)
            {
                var cps = new int[s.Length];
                for (int k = 0; k < cps.Length; k++) cps[k] = s[k];
                return new CodePointString(cps);
            }
        }
        return s.Chars;
    }
}

/// <summary>A Constant value of a type the compiler cannot hold (the validator's "got an invalid type in Constant").</summary>
internal sealed record InvalidConstant(PyObject Value, string? TypeName)
{
    /// <summary>True when reading the value itself raised (the error is set).</summary>
    public bool Failed { get; init; }
}
