namespace Kaa.Runtime.Formatting;

/// <summary>
/// What <see cref="StrFormatEngine{T}"/> needs from the object model to run <c>str.format(*args, **kwargs)</c>
/// or <c>str.format_map(mapping)</c>. <typeparamref name="T"/> is the runtime's object type. Python errors
/// are results, never exceptions.
/// </summary>
public interface IStrFormatHost<T>
{
    /// <summary>kwargs[key] (format) or mapping[key] (format_map); KeyError(key) when there are no kwargs.</summary>
    ParseResult<T> GetKeyword(string key);

    /// <summary>getattr(obj, name).</summary>
    ParseResult<T> GetAttr(T obj, string name);

    /// <summary>obj[key] with a str key.</summary>
    ParseResult<T> GetItem(T obj, string key);

    /// <summary>obj[index]: PySequence_GetItem for a sequence (negative indexes not adjusted), else obj[int].</summary>
    ParseResult<T> GetItem(T obj, long index);

    /// <summary>repr(obj), str(obj) or ascii(obj) for conversion 'r', 's' or 'a', as a str object.</summary>
    ParseResult<T> Convert(T obj, char conversion);

    /// <summary>format(obj, spec).</summary>
    FormatResult Format(T obj, string spec);
}
