namespace Kaa.Runtime;

/// <summary><c>sqlite3.Blob</c>'s data: the <c>sqlite3_blob*</c> (0 once closed), its connection and the
/// current offset.</summary>
internal sealed class PySqliteBlob : PyObject
{
    public nint Handle;
    public readonly PySqliteConnection Connection;
    public int Offset;

    public PySqliteBlob(nint handle, PySqliteConnection connection) : base(SqliteBlobType.Type)
    {
        Handle = handle;
        Connection = connection;
    }

    public void Close()
    {
        nint h = Handle;
        Handle = 0;
        if (h != 0) SqliteNative.sqlite3_blob_close(h);
    }

    ~PySqliteBlob() => Close();
}
