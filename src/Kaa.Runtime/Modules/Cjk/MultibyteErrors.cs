namespace Kaa.Runtime;

/// <summary>
/// How a multibyte codec object treats errors: strict, ignore and replace are handled inline; any other name
/// is looked up in the error handler registry when an error happens (and kept as the str it was given,
/// which the <c>errors</c> attribute returns).
/// </summary>
internal readonly struct MultibyteErrors
{
    private const int StrictKind = 0, IgnoreKind = 1, ReplaceKind = 2, CustomKind = 3;

    private readonly int _kind;
    public readonly PyStr? Custom;

    private MultibyteErrors(int kind, PyStr? custom)
    {
        _kind = kind;
        Custom = custom;
    }

    public static readonly MultibyteErrors Strict = new(StrictKind, null);

    public static MultibyteErrors From(PyStr? errors)
    {
        if (errors is null) return Strict;
        return errors.ToString() switch
        {
            "strict" => Strict,
            "ignore" => new(IgnoreKind, null),
            "replace" => new(ReplaceKind, null),
            _ => new(CustomKind, errors),
        };
    }

    public bool IsStrict => _kind == StrictKind;
    public bool IsIgnore => _kind == IgnoreKind;
    public bool IsReplace => _kind == ReplaceKind;

    /// <summary>The <c>errors</c> attribute: a new str for the inline ones, the given object otherwise.</summary>
    public PyStr Name => _kind switch
    {
        StrictKind => PyStr.Create("strict"),
        IgnoreKind => PyStr.Create("ignore"),
        ReplaceKind => PyStr.Create("replace"),
        _ => Custom!,
    };

    /// <summary>The <c>errors</c> getter and setter every stateful codec object has.</summary>
    public static void InstallAttribute(PyType type)
    {
        type.AddGetSet("errors", static (ts, self) => ((MultibyteStatefulCodec)self).Errors.Name, static (ts, self, value) =>
        {
            if (value is null)
            {
                ts.SetError(PyExc.AttributeError, "cannot delete attribute");
                return -1;
            }
            if (value is not PyStr s)
            {
                ts.TypeError("errors must be a string");
                return -1;
            }
            ((MultibyteStatefulCodec)self).Errors = From(s);
            return 0;
        }, "how to treat errors");
    }
}
