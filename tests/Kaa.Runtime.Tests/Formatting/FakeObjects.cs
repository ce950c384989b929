using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Kaa.Runtime.Formatting;
using Kaa.Syntax.Text;

namespace Kaa.Runtime.Tests.Formatting;

/// <summary>
/// A tiny stand-in for the object model, enough to drive <see cref="PercentFormatter{T}"/>: the values
/// tools/oracle_format_cases.py encodes (int, bool, float, complex, str, None, tuple, list, dict).
/// </summary>
public abstract record FakeObject
{
    public static FakeObject Decode(JsonElement e)
    {
        string t = e.GetProperty("t").GetString()!;
        return t switch
        {
            "int" => new FakeInt(FormatOracle.Int(e, "v")),
            "bool" => new FakeBool(e.GetProperty("v").GetBoolean()),
            "float" => new FakeFloat(FormatOracle.Double(e, "v")),
            "complex" => new FakeComplex(FormatOracle.Double(e, "re"), FormatOracle.Double(e, "im")),
            "str" => new FakeStr(e.GetProperty("v").GetString()!),
            "none" => new FakeNone(),
            "bytes" => new FakeBytes(e.GetProperty("v").GetString()!.Select(c => (byte)c).ToArray(), false),
            "bytearray" => new FakeBytes(e.GetProperty("v").GetString()!.Select(c => (byte)c).ToArray(), true),
            "tuple" => new FakeTuple(e.GetProperty("v").EnumerateArray().Select(Decode).ToList()),
            "list" => new FakeList(e.GetProperty("v").EnumerateArray().Select(Decode).ToList()),
            "dict" => new FakeDict(e.GetProperty("v").EnumerateArray()
                .Select(p => (p[0].GetString()!, Decode(p[1]))).ToList(), e.TryGetProperty("bytes_keys", out _)),
            _ => throw new ArgumentException(t),
        };
    }
}

public sealed record FakeInt(BigInteger Value) : FakeObject;
public sealed record FakeBool(bool Value) : FakeObject;
public sealed record FakeFloat(double Value) : FakeObject;
public sealed record FakeComplex(double Real, double Imag) : FakeObject;
public sealed record FakeStr(string Value) : FakeObject;
public sealed record FakeNone : FakeObject;
public sealed record FakeBytes(byte[] Value, bool Mutable) : FakeObject;
public sealed record FakeTuple(List<FakeObject> Items) : FakeObject;
public sealed record FakeList(List<FakeObject> Items) : FakeObject;
/// <summary>A dict with str keys, or bytes keys (kept as chars 0-255) when <paramref name="BytesKeys"/>.</summary>
public sealed record FakeDict(List<(string Key, FakeObject Value)> Items, bool BytesKeys = false) : FakeObject;

/// <summary>The fake object model's answers to the questions the %-formatter asks.</summary>
public sealed class FakePercentHost : IBytesPercentFormatHost<FakeObject>
{
    public ParseResult<byte[]> ToBytes(FakeObject value) => value is FakeBytes b
        ? b.Value
        : PyError.Type($"%b requires a bytes-like object, or an object that implements __bytes__, not '{TypeName(value)}'");

    public ParseResult<FakeObject> GetItem(FakeObject mapping, byte[] key)
    {
        // The fake dicts keep keys as strings; a bytes key matches the same characters.
        string text = new(key.Select(b => (char)b).ToArray());
        var found = GetItem(mapping, text);
        if (found.IsError && found.Error.Kind == PyErrorKind.KeyError)
        {
            var sb = new StringBuilder();
            PyRepr.AppendBytes(sb, key);
            return new PyError(PyErrorKind.KeyError, sb.ToString());
        }
        return found;
    }

    public bool TryGetBytes(FakeObject value, out byte[] bytes)
    {
        bytes = value is FakeBytes b ? b.Value : [];
        return value is FakeBytes;
    }

    public int MaxStrDigits => IntFormatter.DefaultMaxStrDigits;

    public bool TryGetTuple(FakeObject args, out IReadOnlyList<FakeObject> items)
    {
        items = args is FakeTuple t ? t.Items : [];
        return args is FakeTuple;
    }

    public bool IsMapping(FakeObject args) => args is FakeDict or FakeList;

    public ParseResult<FakeObject> GetItem(FakeObject mapping, string key)
    {
        if (mapping is FakeList) return PyError.Type("list indices must be integers or slices, not str");
        foreach (var (k, v) in ((FakeDict)mapping).Items)
            if (k == key) return v;
        return new PyError(PyErrorKind.KeyError, StrRepr(key));
    }

    private static string StrRepr(string s)
    {
        var sb = new StringBuilder();
        PyRepr.AppendStr(sb, s);
        return sb.ToString();
    }

    public ParseResult<string> Str(FakeObject value) => value is FakeStr s ? s.Value : Repr(value);

    public ParseResult<string> Repr(FakeObject value) => value switch
    {
        FakeInt i => IntFormatter.ToDecimal(i.Value, MaxStrDigits) is var r && r.IsError ? r.Error : r.Value,
        FakeBool b => b.Value ? "True" : "False",
        FakeFloat f => FloatFormatter.Repr(f.Value),
        FakeComplex c => ComplexFormatter.Repr(c.Real, c.Imag),
        FakeStr s => StrRepr(s.Value),
        FakeNone => "None",
        FakeBytes b => BytesRepr(b),
        FakeTuple t => t.Items.Count == 1 ? "(" + Repr(t.Items[0]).Value + ",)" : "(" + string.Join(", ", t.Items.Select(x => Repr(x).Value)) + ")",
        FakeList l => "[" + string.Join(", ", l.Items.Select(x => Repr(x).Value)) + "]",
        FakeDict d => "{" + string.Join(", ", d.Items.Select(p => KeyRepr(d, p.Key) + ": " + Repr(p.Value).Value)) + "}",
        _ => throw new ArgumentException(value.ToString()),
    };

    private static string KeyRepr(FakeDict d, string key)
        => d.BytesKeys ? BytesRepr(new FakeBytes(key.Select(c => (byte)c).ToArray(), false)) : StrRepr(key);

    private static string BytesRepr(FakeBytes b)
    {
        var sb = new StringBuilder();
        PyRepr.AppendBytes(sb, b.Value);
        return b.Mutable ? "bytearray(" + sb + ")" : sb.ToString();
    }

    /// <summary>ascii(): repr with every non-ASCII code point escaped.</summary>
    public ParseResult<string> Ascii(FakeObject value)
    {
        var repr = Repr(value);
        if (repr.IsError) return repr;
        var sb = new StringBuilder();
        foreach (int cp in CodePoints.Of(repr.Value))
        {
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public bool TryGetInt(FakeObject value, out BigInteger integer)
    {
        integer = value switch { FakeInt i => i.Value, FakeBool b => b.Value ? 1 : 0, _ => 0 };
        return value is FakeInt or FakeBool;
    }

    public bool TryGetStr(FakeObject value, out string text)
    {
        text = value is FakeStr s ? s.Value : "";
        return value is FakeStr;
    }

    public bool IsNumber(FakeObject value) => value is FakeInt or FakeBool or FakeFloat or FakeComplex;

    public ParseResult<BigInteger> ToInt(FakeObject value)
    {
        if (value is FakeFloat f)
        {
            if (double.IsNaN(f.Value)) return PyError.Value("cannot convert float NaN to integer");
            if (double.IsInfinity(f.Value)) return PyError.Overflow("cannot convert float infinity to integer");
            return new BigInteger(Math.Truncate(f.Value));
        }
        return PyError.Type($"int() argument must be a string, a bytes-like object or a real number, not '{TypeName(value)}'");
    }

    public ParseResult<BigInteger> ToIndex(FakeObject value)
        => PyError.Type($"'{TypeName(value)}' object cannot be interpreted as an integer");

    public ParseResult<double> ToFloat(FakeObject value) => value switch
    {
        FakeFloat f => f.Value,
        FakeInt i => IntFormatter.ToDouble(i.Value),
        FakeBool b => b.Value ? 1.0 : 0.0,
        _ => PyError.Type($"must be real number, not {TypeName(value)}"),
    };

    public string TypeName(FakeObject value) => value switch
    {
        FakeInt => "int",
        FakeBool => "bool",
        FakeFloat => "float",
        FakeComplex => "complex",
        FakeStr => "str",
        FakeNone => "NoneType",
        FakeBytes b => b.Mutable ? "bytearray" : "bytes",
        FakeTuple => "tuple",
        FakeList => "list",
        FakeDict => "dict",
        _ => "object",
    };
}
