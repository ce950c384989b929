namespace Kaa.Syntax.Tests.Support;

/// <summary>Locations the tests need: the repository root and the oracle.</summary>
public static class Repo
{
    public const string OraclePython = "/usr/bin/python3.11";
    public const string StdlibDir = "/usr/lib/python3.11";

    public static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kaa.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
