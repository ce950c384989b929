using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>access(2): whether this process may write into a directory (root may write anywhere that is
/// not mounted read-only, which permission bits alone do not tell).</summary>
internal static partial class FileAccessCheck
{
    private const int WriteOk = 2;

    [LibraryImport("libc", EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Access(string path, int mode);

    public static bool IsWritable(string path)
    {
        try
        {
            return Access(path, WriteOk) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true; // no libc to ask: let importlib try, and fail quietly, as it does
        }
    }
}
