namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The buffer export a matching state holds on a mutable bytes-like subject (bytearray, memoryview, array,
/// mmap) for as long as CPython's SRE_STATE does: a pattern method's call, or a scanner's (finditer's)
/// whole life, so that resizing the subject meanwhile raises BufferError. A pattern method releases it when
/// the call ends; a scanner that the program drops (CPython frees it at once by reference counting) releases
/// it when finalized, which a bytearray that finds exports outstanding asks for before it refuses to resize
/// (<see cref="BufferReclaim"/>), as for an abandoned memoryview.
/// </summary>
internal sealed class SreBufferExport
{
    private PyBuffer _view;
    private int _released;

    public SreBufferExport(PyBuffer view) => _view = view;

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        Protocols.ReleaseBuffer(ref _view);
        GC.SuppressFinalize(this);
    }

    ~SreBufferExport() => Release();
}
