namespace Kaa.Syntax.Tests.Support;

/// <summary>
/// A directory under /tmp for inputs a test generates. Private to this test process (its name holds
/// the process id, so concurrent runs never share it); deleted on dispose unless a test asked to keep
/// it, so the files behind a failure can be re-run with `./kaa --dump-ast`.
/// </summary>
public sealed class ScratchDirectory : IDisposable
{
    private bool keep;

    public ScratchDirectory(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kaa-{purpose}-{Environment.ProcessId}");
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, byte[] content)
    {
        string file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return file;
    }

    /// <summary>Keeps the directory after the run (called when a comparison failed).</summary>
    public void Keep() => keep = true;

    public void Dispose()
    {
        if (!keep && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
