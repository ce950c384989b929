namespace Kaa.Runtime;

/// <summary>
/// The <c>_bz2</c> module over the system libbzip2 (CPython's Modules/_bz2module.c): the incremental
/// BZ2Compressor and BZ2Decompressor that the <c>bz2</c> module builds its files and one-shot functions on.
/// </summary>
internal static class Bz2Module
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_bz2", null);
        m.Set("BZ2Compressor", Bz2Compressor.TypeObject);
        m.Set("BZ2Decompressor", Bz2Decompressor.TypeObject);
        return m;
    }

    /// <summary>catch_bz2_error: false with CPython's exception for a failing status, true otherwise.</summary>
    internal static bool Check(ThreadState ts, int status)
    {
        switch (status)
        {
            case Bz2Native.BZ_OK or Bz2Native.BZ_RUN_OK or Bz2Native.BZ_FLUSH_OK or Bz2Native.BZ_FINISH_OK or Bz2Native.BZ_STREAM_END:
                return true;
            case Bz2Native.BZ_CONFIG_ERROR:
                ts.SetError(PyExc.SystemError, "libbzip2 was not compiled correctly");
                return false;
            case Bz2Native.BZ_PARAM_ERROR:
                ts.SetError(PyExc.ValueError, "Internal error - invalid parameters passed to libbzip2");
                return false;
            case Bz2Native.BZ_MEM_ERROR:
                ts.MemoryError();
                return false;
            case Bz2Native.BZ_DATA_ERROR or Bz2Native.BZ_DATA_ERROR_MAGIC:
                ts.SetError(PyExc.OSError, "Invalid data stream");
                return false;
            case Bz2Native.BZ_IO_ERROR:
                ts.SetError(PyExc.OSError, "Unknown I/O error");
                return false;
            case Bz2Native.BZ_UNEXPECTED_EOF:
                ts.SetError(PyExc.EOFError, "Compressed file ended before the logical end-of-stream was detected");
                return false;
            case Bz2Native.BZ_SEQUENCE_ERROR:
                ts.SetError(PyExc.RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
                return false;
            default:
                ts.SetError(PyExc.OSError, $"Unrecognized error from libbzip2: {status}");
                return false;
        }
    }
}
