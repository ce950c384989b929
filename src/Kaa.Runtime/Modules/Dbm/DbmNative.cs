using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// Berkeley DB's ndbm emulation in libdb-5.3.so, the library Debian's CPython builds <c>_dbm</c> with
/// (USE_BERKDB): db.h maps <c>dbm_open</c> and friends onto the <c>__db_ndbm_*</c> exports. The database
/// is one file, the name given plus ".db" (DBM_SUFFIX), in BDB's hash format, so files written here and by
/// CPython's dbm.ndbm are the same files.
/// </summary>
internal static unsafe partial class DbmNative
{
    private const string Lib = "libdb-5.3.so";

    /// <summary>db.h's <c>datum</c>: a pointer and an int length (16 bytes, returned in two registers).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Datum
    {
        public byte* Ptr;
        public int Size;

        public Datum(byte* ptr, int size) { Ptr = ptr; Size = size; }
    }

    /// <summary>dbm_store's flags.</summary>
    public const int Insert = 0, Replace = 1;

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_open", SetLastError = true)]
    public static partial nint Open(byte* file, int flags, int mode);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_close")]
    public static partial void Close(nint db);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_fetch")]
    public static partial Datum Fetch(nint db, Datum key);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_store")]
    public static partial int Store(nint db, Datum key, Datum value, int flags);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_delete")]
    public static partial int Delete(nint db, Datum key);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_firstkey")]
    public static partial Datum FirstKey(nint db);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_nextkey")]
    public static partial Datum NextKey(nint db);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_error")]
    public static partial int Error(nint db);

    [LibraryImport(Lib, EntryPoint = "__db_ndbm_clearerr")]
    public static partial int ClearError(nint db);
}
