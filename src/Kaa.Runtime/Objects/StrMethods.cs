namespace Kaa.Runtime;

/// <summary>
/// The methods of <c>str</c>, installed by family from partial files: searching (StrMethods.Search.cs),
/// case mappings and predicates (StrMethods.Case.cs), splitting, joining and stripping
/// (StrMethods.Split.cs), edited copies (StrMethods.Edit.cs); encode here, format/format_map in
/// <see cref="StrFormat"/>.
/// </summary>
internal static partial class StrMethods
{
    private static readonly ArgSpec s_encode = new("encode", ["encoding", "errors"], required: 0, positionalOnly: 0);

    /// <summary>The type name in Argument Clinic's "argument must be str, not X" messages (None is "None").</summary>
    internal static string ArgTypeName(PyObject obj) => obj is PyNone ? "None" : obj.Type.Name;

    internal static void Install(PyType type)
    {
        InstallSearch(type);
        InstallCase(type);
        InstallSplit(type);
        InstallEdit(type);
        type.AddMethod("encode", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_encode.Parse(ts, args, kw, a)) return null;
            if (a[0] is not null && a[0] is not PyStr)
                return ts.TypeError($"encode() argument 'encoding' must be str, not {StrMethods.ArgTypeName(a[0]!)}");
            if (a[1] is not null && a[1] is not PyStr)
                return ts.TypeError($"encode() argument 'errors' must be str, not {StrMethods.ArgTypeName(a[1]!)}");
            return UnicodeCodecs.Encode(ts, (PyStr)self, (PyStr?)a[0], (PyStr?)a[1]);
        });
        StrFormat.Install(type);
    }
}
