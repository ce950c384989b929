using System.Numerics;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// What <see cref="PercentFormatter"/> needs from the object model to format <c>str % args</c>: the
/// shape of the argument object and conversions of arbitrary objects. <typeparamref name="T"/> is the
/// runtime's object type. Conversions report Python errors as results (never throw for them).
/// </summary>
public interface IPercentFormatHost<T>
{
    /// <summary>PyTuple_Check: <paramref name="args"/> is a tuple (or subclass); its items.</summary>
    bool TryGetTuple(T args, out IReadOnlyList<T> items);

    /// <summary>PyMapping_Check(args) and args is neither a tuple nor a str (then %(key)s looks keys up in it).</summary>
    bool IsMapping(T args);

    /// <summary>mapping[key] (KeyError or any other error as a result).</summary>
    ParseResult<T> GetItem(T mapping, string key);

    /// <summary>str(v), repr(v), ascii(v).</summary>
    ParseResult<string> Str(T value);
    ParseResult<string> Repr(T value);
    ParseResult<string> Ascii(T value);

    /// <summary>PyLong_Check: v is an int (bool and subclasses included); its value.</summary>
    bool TryGetInt(T value, out BigInteger integer);

    /// <summary>PyUnicode_Check: v is a str; its text.</summary>
    bool TryGetStr(T value, out string text);

    /// <summary>PyNumber_Check: v has __index__, __int__ or __float__, or is a complex.</summary>
    bool IsNumber(T value);

    /// <summary>int(v) for a number that is not an int (PyNumber_Long); a TypeError result means "wrong type".</summary>
    ParseResult<BigInteger> ToInt(T value);

    /// <summary>operator.index(v) (PyNumber_Index); a TypeError result means "wrong type".</summary>
    ParseResult<BigInteger> ToIndex(T value);

    /// <summary>PyFloat_AsDouble: __float__, else __index__; TypeError "must be real number, not X" otherwise.</summary>
    ParseResult<double> ToFloat(T value);

    /// <summary>type(v).__name__, for error messages.</summary>
    string TypeName(T value);

    /// <summary>sys.get_int_max_str_digits() (0: no limit), for %d of big ints.</summary>
    int MaxStrDigits { get; }
}

/// <summary>
/// The extra questions of <c>bytes % args</c>. <see cref="IPercentFormatHost{T}.IsMapping"/> must also be
/// false for bytes and bytearray; <see cref="IPercentFormatHost{T}.Ascii"/> serves %a and %r.
/// </summary>
public interface IBytesPercentFormatHost<T> : IPercentFormatHost<T>
{
    /// <summary>
    /// %b / %s: the bytes of a bytes, bytearray, __bytes__ or buffer object; otherwise TypeError
    /// "%b requires a bytes-like object, or an object that implements __bytes__, not 'X'".
    /// </summary>
    ParseResult<byte[]> ToBytes(T value);

    /// <summary>mapping[key] for the bytes key of %(key)s.</summary>
    ParseResult<T> GetItem(T mapping, byte[] key);

    /// <summary>v is bytes or bytearray; its contents (for %c, which takes one of length 1).</summary>
    bool TryGetBytes(T value, out byte[] bytes);
}
