using System.Numerics;
using System.Text;
using System.Text.Json;
using Kaa.Runtime.Formatting;
using Kaa.Syntax.Text;
using static Kaa.Runtime.Tests.Formatting.FormatOracle;

namespace Kaa.Runtime.Tests.Formatting;

/// <summary>The fake object model's answers for str.format: lookups, conversions and __format__.</summary>
public sealed class FakeStrFormatHost(FakeDict? kwargs) : IStrFormatHost<FakeObject>
{
    private static readonly FakePercentHost Objects = new();

    private static string ReprOf(string s)
    {
        var sb = new StringBuilder();
        PyRepr.AppendStr(sb, s);
        return sb.ToString();
    }

    public ParseResult<FakeObject> GetKeyword(string key)
    {
        if (kwargs is not null)
            foreach (var (k, v) in kwargs.Items)
                if (k == key) return v;
        return new PyError(PyErrorKind.KeyError, ReprOf(key));
    }

    public ParseResult<FakeObject> GetAttr(FakeObject obj, string name) => obj switch
    {
        FakeComplex c when name == "real" => new FakeFloat(c.Real),
        FakeComplex c when name == "imag" => new FakeFloat(c.Imag),
        FakeInt i when name is "real" or "numerator" => i,
        FakeInt when name == "imag" => new FakeInt(0),
        _ => new PyError(PyErrorKind.AttributeError, $"'{Objects.TypeName(obj)}' object has no attribute {ReprOf(name)}"),
    };

    public ParseResult<FakeObject> GetItem(FakeObject obj, string key) => obj switch
    {
        FakeDict d => d.Items.Where(p => p.Key == key).Select(p => (ParseResult<FakeObject>)p.Value)
            .DefaultIfEmpty(new PyError(PyErrorKind.KeyError, ReprOf(key))).First(),
        FakeList => PyError.Type("list indices must be integers or slices, not str"),
        FakeTuple => PyError.Type("tuple indices must be integers or slices, not str"),
        FakeStr => PyError.Type("string indices must be integers, not 'str'"),
        _ => PyError.Type($"'{Objects.TypeName(obj)}' object is not subscriptable"),
    };

    public ParseResult<FakeObject> GetItem(FakeObject obj, long index) => obj switch
    {
        FakeList l => index < l.Items.Count ? l.Items[(int)index] : new PyError(PyErrorKind.IndexError, "list index out of range"),
        FakeTuple t => index < t.Items.Count ? t.Items[(int)index] : new PyError(PyErrorKind.IndexError, "tuple index out of range"),
        FakeStr s => index < CodePoints.Count(s.Value)
            ? new FakeStr(new StringBuilder().AppendCodePoint(CodePoints.Of(s.Value)[index]).ToString())
            : new PyError(PyErrorKind.IndexError, "string index out of range"),
        FakeDict => new PyError(PyErrorKind.KeyError, index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => PyError.Type($"'{Objects.TypeName(obj)}' object is not subscriptable"),
    };

    public ParseResult<FakeObject> Convert(FakeObject obj, char conversion)
    {
        var text = conversion switch { 'r' => Objects.Repr(obj), 's' => Objects.Str(obj), _ => Objects.Ascii(obj) };
        return text.IsError ? text.Error : new FakeStr(text.Value);
    }

    public FormatResult Format(FakeObject obj, string spec)
    {
        switch (obj)
        {
            case FakeInt i: return IntFormatter.Format(i.Value, spec);
            case FakeBool b: return spec.Length == 0 ? (b.Value ? "True" : "False") : IntFormatter.Format(b.Value ? 1 : 0, spec, typeName: "bool");
            case FakeFloat f: return FloatFormatter.Format(f.Value, spec);
            case FakeComplex c: return ComplexFormatter.Format(c.Real, c.Imag, spec);
            case FakeStr s: return StringFormatter.Format(s.Value, spec);
            default:
                // object.__format__
                if (spec.Length != 0) return PyError.Type($"unsupported format string passed to {Objects.TypeName(obj)}.__format__");
                var str = Objects.Str(obj);
                return str.IsError ? str.Error : str.Value;
        }
    }
}

/// <summary>str.format, format_map and the _string helpers against CPython.</summary>
public class StrFormatTests
{
    private static string ShowError(FormatResult r)
        => r.IsError && r.Kind is PyErrorKind.KeyError or PyErrorKind.IndexError or PyErrorKind.AttributeError
            ? r.Kind + ": " + r.Message : Show(r);

    [Fact]
    public void StrFormatCall() => Cases.Check("str_format_call", c =>
    {
        var args = (FakeTuple)FakeObject.Decode(c.GetProperty("args"));
        var kwargs = (FakeDict)FakeObject.Decode(c.GetProperty("kwargs"));
        return ShowError(StrFormatEngine<FakeObject>.Format(new FakeStrFormatHost(kwargs), Str(c, "template"), args.Items));
    }, 300);

    [Fact]
    public void StrFormatMap() => Cases.Check("str_format_map", c =>
    {
        var kwargs = (FakeDict)FakeObject.Decode(c.GetProperty("kwargs"));
        return ShowError(StrFormatEngine<FakeObject>.FormatMap(new FakeStrFormatHost(kwargs), Str(c, "template")));
    }, 50);

    private static string Repr(string s)
    {
        var sb = new StringBuilder();
        PyRepr.AppendStr(sb, s);
        return sb.ToString();
    }

    [Fact]
    public void FormatterParser() => Cases.Check("formatter_parser", c =>
    {
        var parser = new MarkupParser(Str(c, "template"));
        var items = new List<string>();
        PyError? error;
        while (parser.Next(out MarkupPiece p, out error))
        {
            items.Add(p.FieldPresent
                ? $"({Repr(p.Literal)}, {Repr(p.FieldName)}, {Repr(p.FormatSpec)}, {(p.Conversion == 0 ? "None" : Repr(char.ConvertFromUtf32(p.Conversion)))})"
                : $"({Repr(p.Literal)}, None, None, None)");
        }
        return error is { } e ? e.ToString() : "[" + string.Join(", ", items) + "]";
    }, 50);

    [Fact]
    public void FieldNameSplit() => Cases.Check("field_name_split", c =>
    {
        var split = FieldName.Split(Str(c, "name"));
        if (split.IsError) return split.Error.ToString();
        var name = split.Value;
        string first = name.FirstIndex >= 0 ? name.FirstIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) : Repr(name.First);
        var rest = new List<string>();
        PyError? error;
        while (name.NextAccessor(out FieldAccessor a, out error))
            rest.Add($"({(a.IsAttribute ? "True" : "False")}, {(a.IsIndex ? a.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : Repr(a.Name))})");
        return error is { } e ? e.ToString() : $"({first}, [{string.Join(", ", rest)}])";
    }, 15);
}
