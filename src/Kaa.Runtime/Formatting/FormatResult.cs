namespace Kaa.Runtime.Formatting;

/// <summary>The Python exception a formatting or parsing routine reports instead of throwing.</summary>
public enum PyErrorKind : byte
{
    None = 0,
    ValueError,
    OverflowError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    MemoryError,
}

/// <summary>A Python-level error: the exception type and CPython's exact message.</summary>
public readonly record struct PyError(PyErrorKind Kind, string Message)
{
    public static PyError Value(string message) => new(PyErrorKind.ValueError, message);
    public static PyError Overflow(string message) => new(PyErrorKind.OverflowError, message);
    public static PyError Type(string message) => new(PyErrorKind.TypeError, message);

    public override string ToString() => $"{Kind}: {Message}";
}

/// <summary>
/// The outcome of a formatting routine: the text, or the Python exception to raise. Formatting never
/// throws for Python-level errors (a bad spec, an out-of-range value); the caller raises
/// <see cref="Error"/> in the object model.
/// </summary>
public readonly struct FormatResult
{
    private readonly string? _value;
    private readonly PyError _error;

    private FormatResult(string? value, PyError error)
    {
        _value = value;
        _error = error;
    }

    public static FormatResult Ok(string value) => new(value, default);

    public bool IsError => _value is null;

    /// <summary>The text; only meaningful when <see cref="IsError"/> is false.</summary>
    public string Value => _value ?? throw new InvalidOperationException("formatting failed: " + _error);

    public PyError Error => _error;
    public PyErrorKind Kind => _error.Kind;
    public string? Message => _value is null ? _error.Message : null;

    public static implicit operator FormatResult(string value) => new(value, default);
    public static implicit operator FormatResult(PyError error) => new(null, error);

    /// <summary>"value" or "Kind: message": the form the tests compare with the oracle's output.</summary>
    public override string ToString() => _value ?? _error.ToString();
}

/// <summary>The outcome of a parsing routine (int(str), float(str), a format spec...): a value or an error.</summary>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly PyError _error;
    private readonly bool _ok;

    private ParseResult(T value, PyError error, bool ok)
    {
        _value = value;
        _error = error;
        _ok = ok;
    }

    public bool IsError => !_ok;
    public T Value => _ok ? _value : throw new InvalidOperationException("parsing failed: " + _error);
    public PyError Error => _error;

    public static implicit operator ParseResult<T>(T value) => new(value, default, true);
    public static implicit operator ParseResult<T>(PyError error) => new(default!, error, false);

    public override string ToString() => _ok ? _value?.ToString() ?? "" : _error.ToString();
}
