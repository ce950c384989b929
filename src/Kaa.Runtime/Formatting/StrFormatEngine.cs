using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// <c>str.format</c> and <c>str.format_map</c> (unicode_format.h's build_string): literal text and
/// replacement fields, automatic or manual numbering (never both), attribute and item lookups,
/// conversions, and format specs that are themselves templates (two levels deep at most).
/// </summary>
public sealed class StrFormatEngine<T>
{
    private enum Numbering { Unset, Automatic, Manual }

    /// <summary>PEP 3101: "{0:{1}}" works, "{0:{1:{2}}}" does not.</summary>
    private const int MaxDepth = 2;

    private readonly IStrFormatHost<T> _host;
    private readonly IReadOnlyList<T>? _args;
    private Numbering _numbering;
    private long _nextAuto;

    private StrFormatEngine(IStrFormatHost<T> host, IReadOnlyList<T>? args)
    {
        _host = host;
        _args = args;
    }

    /// <summary>template.format(*args, **kwargs); keyword lookups go through the host.</summary>
    public static FormatResult Format(IStrFormatHost<T> host, string template, IReadOnlyList<T> args)
        => new StrFormatEngine<T>(host, args).Build(template, MaxDepth);

    /// <summary>template.format_map(mapping): no positional arguments.</summary>
    public static FormatResult FormatMap(IStrFormatHost<T> host, string template)
        => new StrFormatEngine<T>(host, null).Build(template, MaxDepth);

    private FormatResult Build(string template, int depth)
    {
        if (depth <= 0) return PyError.Value("Max string recursion exceeded");
        var parser = new MarkupParser(template);
        var sb = new StringBuilder(template.Length + 16);
        PyError? error;
        while (parser.Next(out MarkupPiece piece, out error))
        {
            sb.Append(piece.Literal);
            if (!piece.FieldPresent) continue;
            var rendered = Render(piece, depth);
            if (rendered.IsError) return rendered;
            sb.Append(rendered.Value);
        }
        return error is { } e ? e : sb.ToString();
    }

    private FormatResult Render(in MarkupPiece piece, int depth)
    {
        var field = FieldObject(piece.FieldName);
        if (field.IsError) return field.Error;
        T obj = field.Value;
        if (piece.Conversion != 0)
        {
            int c = piece.Conversion;
            if (c is not ('r' or 's' or 'a'))
                return PyError.Value(c > 32 && c < 127 ? $"Unknown conversion specifier {(char)c}" : $"Unknown conversion specifier \\x{c:x}");
            var converted = _host.Convert(obj, (char)c);
            if (converted.IsError) return converted.Error;
            obj = converted.Value;
        }
        string spec = piece.FormatSpec;
        if (piece.SpecNeedsExpanding)
        {
            var expanded = Build(spec, depth - 1);
            if (expanded.IsError) return expanded;
            spec = expanded.Value;
        }
        return _host.Format(obj, spec);
    }

    private ParseResult<T> FieldObject(string fieldName)
    {
        var split = FieldName.Split(fieldName);
        if (split.IsError) return split.Error;
        var name = split.Value;
        bool empty = name.First.Length == 0;
        long index = name.FirstIndex;
        if (empty || index != -1)
        {
            if (_numbering == Numbering.Unset) _numbering = empty ? Numbering.Automatic : Numbering.Manual;
            if (_numbering == Numbering.Manual && empty)
                return PyError.Value("cannot switch from manual field specification to automatic field numbering");
            if (_numbering == Numbering.Automatic && !empty)
                return PyError.Value("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = _nextAuto++;
        }

        ParseResult<T> current;
        if (index == -1) current = _host.GetKeyword(name.First);
        else
        {
            if (_args is null) return PyError.Value("Format string contains positional fields");
            if (index >= _args.Count)
                return new PyError(PyErrorKind.IndexError, $"Replacement index {index} out of range for positional args tuple");
            current = _args[(int)index];
        }
        PyError? syntaxError = null;
        while (!current.IsError)
        {
            if (!name.NextAccessor(out FieldAccessor accessor, out syntaxError)) break;
            current = accessor.IsAttribute ? _host.GetAttr(current.Value, accessor.Name)
                : accessor.IsIndex ? _host.GetItem(current.Value, accessor.Index)
                : _host.GetItem(current.Value, accessor.Name);
        }
        if (current.IsError) return current;
        if (syntaxError is { } e) return e;
        return current;
    }
}
