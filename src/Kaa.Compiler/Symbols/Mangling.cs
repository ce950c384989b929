namespace Kaa.Compiler.Symbols;

/// <summary>Private name mangling: <c>__spam</c> inside <c>class Ham</c> is <c>_Ham__spam</c>.</summary>
public static class Mangling
{
    public static string Mangle(string? className, string name)
    {
        if (className is null || name.Length < 2 || name[0] != '_' || name[1] != '_')
            return name;
        // Dunder names and dotted import names are left alone.
        if ((name[^1] == '_' && name[^2] == '_') || name.Contains('.'))
            return name;
        string stripped = className.TrimStart('_');
        if (stripped.Length == 0) return name; // a class named only with underscores
        return string.Concat("_", stripped, name);
    }
}
