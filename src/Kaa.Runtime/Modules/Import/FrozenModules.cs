using System.Buffers.Binary;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// Kaa's frozen modules: the stdlib modules CPython 3.11 freezes into its executable (Python/frozen.c:
/// the importlib bootstrap, and what start-up and <c>site</c> import), with the same names, aliases and
/// <c>co_filename</c> (<c>&lt;frozen os&gt;</c>). Kaa does not carry their code in the executable: it compiles
/// them from the stdlib's sources the first time and keeps the marshalled code in the per-user cache
/// (<see cref="FrozenCodeCache"/>), so every later start-up only unmarshals them, whatever -B says (this is
/// not the bytecode cache of importlib: it is what CPython builds into its binary).
/// </summary>
internal static class FrozenModules
{
    /// <summary>One frozen module: its original (source) module name and whether it is a package.</summary>
    internal readonly record struct Entry(string OrigName, bool IsPackage);

    private static readonly (string Name, Entry Entry)[] s_table =
    [
        ("_frozen_importlib", new("importlib._bootstrap", false)),
        ("_frozen_importlib_external", new("importlib._bootstrap_external", false)),
        ("zipimport", new("zipimport", false)),
        ("abc", new("abc", false)),
        ("codecs", new("codecs", false)),
        ("io", new("io", false)),
        ("_collections_abc", new("_collections_abc", false)),
        ("_sitebuiltins", new("_sitebuiltins", false)),
        ("genericpath", new("genericpath", false)),
        ("ntpath", new("ntpath", false)),
        ("posixpath", new("posixpath", false)),
        ("os.path", new("posixpath", false)),
        ("os", new("os", false)),
        ("site", new("site", false)),
        ("stat", new("stat", false)),
        ("importlib.util", new("importlib.util", false)),
        ("importlib.machinery", new("importlib.machinery", false)),
        ("runpy", new("runpy", false)),
        ("__hello__", new("__hello__", false)),
        ("__hello_alias__", new("__hello__", false)),
        ("__phello__", new("__phello__", true)),
        ("__phello__.spam", new("__phello__.spam", false)),
    ];

    private static readonly Dictionary<string, Entry> s_byName = s_table.ToDictionary(e => e.Name, e => e.Entry, StringComparer.Ordinal);

    /// <summary>_imp._frozen_module_names().</summary>
    public static IEnumerable<string> Names => s_table.Select(e => e.Name);

    public static bool IsFrozen(string name) => s_byName.ContainsKey(name);

    public static bool TryGet(string name, out Entry entry) => s_byName.TryGetValue(name, out entry);

    /// <summary>The source file of a frozen module's original module, under <paramref name="stdlibDir"/>.</summary>
    public static string SourcePath(string stdlibDir, Entry entry)
    {
        var rel = entry.OrigName.Replace('.', '/');
        return entry.IsPackage ? Path.Join(stdlibDir, rel, "__init__.py") : Path.Join(stdlibDir, rel + ".py");
    }

    /// <summary>The code of frozen module <paramref name="name"/> (a fresh code object; null with an error set).</summary>
    public static PyCode? Code(ThreadState ts, string name)
    {
        var bytes = MarshalledCode(ts, name);
        if (bytes.Array is null) return null;
        var code = MarshalReader.Load(ts, bytes.Array, bytes.Offset, bytes.Offset + bytes.Count);
        if (code is null && TryGet(name, out var entry))
        {
            // A damaged cache file: compile the source again (and rewrite the cache).
            ts.ClearError();
            bytes = ts.Interp.FrozenCache.GetOrCompile(ts, entry.OrigName, SourcePath(ts.Interp.StdlibDir, entry), recompile: true);
            if (bytes.Array is null) return null;
            code = MarshalReader.Load(ts, bytes.Array, bytes.Offset, bytes.Offset + bytes.Count);
        }
        if (code is null) return null;
        if (code is PyCode c) return c;
        ts.SetError(PyExc.ImportError, $"Frozen object named '{name}' is invalid");
        return null;
    }

    /// <summary>The marshalled code of frozen module <paramref name="name"/>: from the cache when it is
    /// current, else compiled from the stdlib source (and cached). No array with ImportError set.</summary>
    public static ArraySegment<byte> MarshalledCode(ThreadState ts, string name)
    {
        if (!TryGet(name, out var entry))
        {
            ts.SetError(PyExc.ImportError, $"No such frozen object named '{name}'");
            return default;
        }
        var interp = ts.Interp;
        string source = SourcePath(interp.StdlibDir, entry);
        return interp.FrozenCache.GetOrCompile(ts, entry.OrigName, source);
    }
}

/// <summary>
/// The per-user store of frozen modules' marshalled code (<c>~/.cache/kaa/frozen/NAME.bin</c>). A file is
/// current when it was written by this very build of Kaa (its compiler's module version id) for the same
/// source path, modification time and size; anything else is recompiled and rewritten (atomically: several
/// Kaa processes may start at once). Without a usable cache directory the code is compiled each time.
/// </summary>
internal sealed class FrozenCodeCache
{
    private static readonly byte[] s_magic = "KAAFROZ1"u8.ToArray();

    /// <summary>Identifies the compiler build: code compiled by another build is never reused.</summary>
    private static readonly Guid s_buildId = BuildId();

    private readonly string? _dir;
    /// <summary>The marshalled code by module: a cache file's bytes after its header (not copied out).</summary>
    private readonly Dictionary<string, ArraySegment<byte>> _loaded = new(StringComparer.Ordinal);

    /// <summary>One directory per build (<c>frozen/BUILDID/</c>): builds that run side by side (the JIT and
    /// the NativeAOT one, two checkouts) would otherwise overwrite each other's files at every start.
    /// Other builds' directories left unused for a week are removed.</summary>
    public FrozenCodeCache(string? cacheRoot)
    {
        if (cacheRoot is null) return;
        string frozen = Path.Join(cacheRoot, "frozen");
        _dir = Path.Join(frozen, s_buildId.ToString("N"));
        if (!Directory.Exists(_dir)) PruneOtherBuilds(frozen);
    }

    private static void PruneOtherBuilds(string frozen)
    {
        try
        {
            if (!Directory.Exists(frozen)) return;
            var cutoff = DateTime.UtcNow - TimeSpan.FromDays(7);
            foreach (var dir in Directory.EnumerateDirectories(frozen))
                if (Directory.GetLastWriteTimeUtc(dir) < cutoff) Directory.Delete(dir, recursive: true);
            // The files of the layout before per-build directories.
            foreach (var file in Directory.EnumerateFiles(frozen, "*.bin")) File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process pruning at the same time, or a read-only cache: nothing is lost.
        }
    }

    private static Guid BuildId()
    {
        try
        {
            var id = typeof(Kaa.Compiler.CodeGen.CodeGenerator).Module.ModuleVersionId;
            if (id != Guid.Empty) return id;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException) { }
        // NativeAOT may not report module ids: the executable's own identity stands for the build.
        var exe = Environment.ProcessPath;
        if (exe is null) return Guid.Empty;
        var info = new FileInfo(exe);
        Span<byte> b = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(b, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        BinaryPrimitives.WriteInt64LittleEndian(b[8..], info.Exists ? info.Length : 0);
        return new Guid(b);
    }

    /// <summary>The marshalled code of <paramref name="origName"/>; no array with ImportError set.</summary>
    public ArraySegment<byte> GetOrCompile(ThreadState ts, string origName, string sourcePath, bool recompile = false)
    {
        lock (_loaded)
            if (!recompile && _loaded.TryGetValue(origName, out var known)) return known;
        FileInfo src;
        try
        {
            src = new FileInfo(sourcePath);
            if (!src.Exists)
            {
                ts.SetError(PyExc.ImportError, $"No such frozen object named '{origName}' (missing {sourcePath})");
                return default;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ts.SetError(PyExc.ImportError, $"cannot read the source of frozen module '{origName}': {e.Message}");
            return default;
        }
        var header = Header(sourcePath, src.LastWriteTimeUtc.Ticks, src.Length);
        string? cacheFile = _dir is null ? null : Path.Join(_dir, origName + ".bin");
        ArraySegment<byte> data = cacheFile is null || recompile ? default : ReadCurrent(cacheFile, header);
        if (data.Array is null)
        {
            var compiled = Compile(ts, origName, sourcePath);
            if (compiled is null) return default;
            if (cacheFile is not null) Write(cacheFile, header, compiled);
            data = compiled;
        }
        lock (_loaded) _loaded[origName] = data;
        return data;
    }

    private static byte[] Header(string sourcePath, long mtimeTicks, long size)
    {
        var path = Encoding.UTF8.GetBytes(sourcePath);
        var h = new byte[s_magic.Length + 16 + 8 + 8 + 4 + path.Length];
        int p = 0;
        s_magic.CopyTo(h, p); p += s_magic.Length;
        s_buildId.TryWriteBytes(h.AsSpan(p)); p += 16;
        BinaryPrimitives.WriteInt64LittleEndian(h.AsSpan(p), mtimeTicks); p += 8;
        BinaryPrimitives.WriteInt64LittleEndian(h.AsSpan(p), size); p += 8;
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(p), path.Length); p += 4;
        path.CopyTo(h, p);
        return h;
    }

    private static ArraySegment<byte> ReadCurrent(string file, byte[] header)
    {
        try
        {
            var all = File.ReadAllBytes(file);
            if (all.Length < header.Length || !all.AsSpan(0, header.Length).SequenceEqual(header)) return default;
            return new ArraySegment<byte>(all, header.Length, all.Length - header.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }

    private static void Write(string file, byte[] header, byte[] data)
    {
        string tmp = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write))
            {
                f.Write(header);
                f.Write(data);
            }
            File.Move(tmp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs a recompilation next time.
            try { File.Delete(tmp); } catch (Exception e2) when (e2 is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>Compiles the source under CPython's frozen file name (<c>&lt;frozen os&gt;</c>) and marshals it.</summary>
    private static byte[]? Compile(ThreadState ts, string origName, string sourcePath)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(sourcePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ts.SetError(PyExc.ImportError, $"cannot read the source of frozen module '{origName}': {e.Message}");
            return null;
        }
        var code = ts.Interp.Compile(ts, source, $"<frozen {origName}>", "exec");
        if (code is null) return null;
        return MarshalWriter.Dump(ts, code, MarshalModule.CurrentVersion);
    }
}
