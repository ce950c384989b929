using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The unpickler's input, as CPython reads it: the bytes given to loads, or for a file the last chunk read
/// from it. A file is read with peek() ahead when it has one (what was consumed is read off at the end, so
/// the file stops right after the pickle), else exactly as many bytes as each opcode needs.
/// </summary>
internal partial class PyUnpickler
{
    /// <summary>How much peek() is asked for ahead of a read.</summary>
    private const int Prefetch = 8192 * 16;

    private PyObject? _read, _readline, _readinto, _peek;

    /// <summary>The current chunk: _in[_inStart .. _inStart + _inLen]; _next is the read position within it.</summary>
    private byte[] _in = [];
    private int _inStart, _inLen, _next;
    /// <summary>Where the bytes only peeked at (not yet read off the file) start.</summary>
    private int _prefetched;
    /// <summary>The buffer export that keeps loads()'s input alive.</summary>
    private PyBuffer _inputView;
    private bool _holdsView;
    /// <summary>The length of the last line read (for __sizeof__).</summary>
    private int _inputLine;

    private void ReleaseInput()
    {
        if (_holdsView)
        {
            Protocols.ReleaseBuffer(ref _inputView);
            _holdsView = false;
        }
    }

    internal bool SetInputStream(ThreadState ts, PyObject file)
    {
        _peek = Protocols.LookupAttr(ts, file, "peek");
        if (_peek is null && ts.HasError) return false;
        _readinto = Protocols.LookupAttr(ts, file, "readinto");
        if (_readinto is null && ts.HasError) return false;
        _read = Protocols.LookupAttr(ts, file, "read");
        if (_read is not null) _readline = Protocols.LookupAttr(ts, file, "readline");
        if (_read is null || _readline is null)
        {
            if (!ts.HasError) ts.SetError(PyExc.TypeError, "file must have 'read' and 'readline' attributes");
            _read = _readline = _readinto = _peek = null;
            return false;
        }
        return true;
    }

    /// <summary>_Unpickler_SetStringInput: the whole of a bytes-like object is the input.</summary>
    internal bool SetStringInput(ThreadState ts, PyObject input)
    {
        ReleaseInput();
        if (!Protocols.GetBuffer(ts, input, false, out var view)) return false;
        _inputView = view;
        _holdsView = true;
        if (MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)view.Memory, out var segment) && segment.Array is not null)
        {
            _in = segment.Array;
            _inStart = segment.Offset;
            _inLen = segment.Count;
        }
        else
        {
            _in = view.Memory.ToArray();
            _inStart = 0;
            _inLen = _in.Length;
        }
        _next = 0;
        _prefetched = _inLen;
        return true;
    }

    private bool BadReadline(ThreadState ts)
    {
        ts.SetError(State(ts).UnpicklingError, "pickle data was truncated");
        return false;
    }

    /// <summary>_Unpickler_SkipConsumed: reads off the file what was consumed of a peeked chunk.</summary>
    private bool SkipConsumed(ThreadState ts)
    {
        int consumed = _next - _prefetched;
        if (consumed <= 0) return true;
        if (Protocols.Call1(ts, _read!, PyInt.Create(consumed)) is null) return false;
        _prefetched = _next;
        return true;
    }

    /// <summary>_Unpickler_ReadFromFile: a new chunk — a line (<paramref name="n"/> &lt; 0), or n bytes
    /// (peeked ahead when possible). The number of bytes available, or -1.</summary>
    private int ReadFromFile(ThreadState ts, int n)
    {
        if (!SkipConsumed(ts)) return -1;
        PyObject? data;
        if (n < 0) data = Protocols.Call0(ts, _readline!);
        else
        {
            if (_peek is not null && n < Prefetch)
            {
                data = Protocols.Call1(ts, _peek, PyInt.Create(Prefetch));
                if (data is null)
                {
                    if (!ts.ErrorMatches(PyExc.NotImplementedError)) return -1;
                    ts.ClearError();
                    _peek = null;
                }
                else
                {
                    if (!SetStringInput(ts, data)) return -1;
                    _prefetched = 0;
                    if (n <= _inLen) return n;
                }
            }
            data = Protocols.Call1(ts, _read!, PyInt.Create(n));
        }
        if (data is null) return -1;
        if (!SetStringInput(ts, data)) return -1;
        return _inLen;
    }

    /// <summary>_Unpickler_Read: <paramref name="n"/> bytes at <c>_in[at..]</c>.</summary>
    private bool Read(ThreadState ts, int n, out int at)
    {
        if (n <= _inLen - _next)
        {
            at = _inStart + _next;
            _next += n;
            return true;
        }
        return ReadSlow(ts, n, out at);
    }

    private bool ReadSlow(ThreadState ts, int n, out int at)
    {
        at = 0;
        if (_read is null) return BadReadline(ts);
        int got = ReadFromFile(ts, n);
        if (got < 0) return false;
        if (got < n) return BadReadline(ts);
        at = _inStart;
        _next = n;
        return true;
    }

    /// <summary>A payload of <paramref name="n"/> bytes copied out (bytes, bytearray data): what is left of
    /// the chunk, then straight from the file.</summary>
    private bool ReadInto(ThreadState ts, Span<byte> dest)
    {
        int inBuffer = _inLen - _next;
        if (inBuffer > 0)
        {
            int take = Math.Min(inBuffer, dest.Length);
            _in.AsSpan(_inStart + _next, take).CopyTo(dest);
            _next += take;
            dest = dest[take..];
            if (dest.Length == 0) return true;
        }
        if (_read is null) return BadReadline(ts);
        if (!SkipConsumed(ts)) return false;
        var data = Protocols.Call1(ts, _read, PyInt.Create(dest.Length));
        if (data is null) return false;
        if (data is not PyBytes bytes)
        {
            var typeRepr = Protocols.Repr(ts, data.Type);
            if (typeRepr is null) return false;
            ts.SetError(PyExc.ValueError, $"read() returned non-bytes object ({typeRepr})");
            return false;
        }
        if (bytes.Length < dest.Length) return BadReadline(ts);
        bytes.Value.AsSpan(0, dest.Length).CopyTo(dest);
        return true;
    }

    /// <summary>_Unpickler_Readline: a line including its newline, at <c>_in[at..at+len]</c>.</summary>
    private bool ReadLine(ThreadState ts, out int at, out int len)
    {
        var rest = _in.AsSpan(_inStart + _next, _inLen - _next);
        int nl = rest.IndexOf((byte)'\n');
        if (nl >= 0)
        {
            at = _inStart + _next;
            len = nl + 1;
            _next += len;
            _inputLine = len;
            return true;
        }
        at = len = 0;
        if (_read is null) return BadReadline(ts);
        int got = ReadFromFile(ts, -1);
        if (got < 0) return false;
        if (got == 0 || _in[_inStart + got - 1] != '\n') return BadReadline(ts);
        _next = got;
        at = _inStart;
        len = got;
        _inputLine = len;
        return true;
    }
}
