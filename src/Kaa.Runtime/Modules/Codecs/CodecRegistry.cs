using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The codec registry of one interpreter (Python/codecs.c): search functions, the lookup cache and the
/// error handlers registered with <c>codecs.register_error</c>. The first lookup imports the
/// <c>encodings</c> package, whose search function is what finds every codec of the standard library.
/// </summary>
internal sealed class CodecRegistry
{
    public readonly List<PyObject> SearchFunctions = [];
    public readonly PyDict Cache = new();
    public readonly PyDict ErrorHandlers = new();
    public bool EncodingsImported;

    public static CodecRegistry Of(ThreadState ts) => ts.Interp.GetModuleState<CodecRegistry>();

    /// <summary>_Py_normalize_encoding: lower case, runs of punctuation become one "_" (not at the start).</summary>
    public static string Normalize(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        bool punct = false;
        foreach (char c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                punct = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else punct = true;
        }
        return sb.ToString();
    }

    /// <summary>_PyCodec_Lookup: the CodecInfo for an encoding, or null with LookupError.</summary>
    public static PyObject? Lookup(ThreadState ts, string encoding)
    {
        var reg = Of(ts);
        var key = PyStr.Intern(Normalize(encoding));
        if (reg.Cache.TryGetStr(key, out var cached)) return cached;
        if (!reg.EncodingsImported)
        {
            reg.EncodingsImported = true;
            if (reg.SearchFunctions.Count == 0)
            {
                var import = ts.Interp.Builtins.GetStr("__import__");
                if (import is not null && Protocols.Call1(ts, import, PyStr.Intern("encodings")) is null)
                {
                    // Without the import system (or the stdlib) only the C# codecs exist.
                    ts.ClearError();
                }
            }
        }
        foreach (var search in reg.SearchFunctions.ToArray())
        {
            var r = Protocols.Call1(ts, search, key);
            if (r is null) return null;
            if (r is PyNone) continue;
            if (r is not PyTuple { Length: 4 })
            {
                ts.TypeError("codec search functions must return 4-tuples");
                return null;
            }
            reg.Cache.SetStr(key, r);
            return r;
        }
        ts.SetError(PyExc.LookupError, $"unknown encoding: {encoding}");
        return null;
    }

    /// <summary>_PyCodec_LookupTextEncoding: as <see cref="Lookup"/>, refusing codecs marked as not text encodings.</summary>
    public static PyObject? LookupTextEncoding(ThreadState ts, string encoding, string alternate)
    {
        var info = Lookup(ts, encoding);
        if (info is null) return null;
        if (info.Type != BuiltinTypes.Tuple)
        {
            var isText = Protocols.LookupAttr(ts, info, PyStr.Intern("_is_text_encoding"));
            if (isText is null && ts.HasError) return null;
            if (isText is not null)
            {
                int t = Protocols.IsTrue(ts, isText);
                if (t < 0) return null;
                if (t == 0)
                {
                    ts.SetError(PyExc.LookupError, $"'{encoding}' is not a text encoding; use {alternate} to handle arbitrary codecs");
                    return null;
                }
            }
        }
        return info;
    }
}
