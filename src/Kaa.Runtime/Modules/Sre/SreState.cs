using System.Runtime.InteropServices;

namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// One matching run over one subject (CPython's SRE_STATE): the subject, the slice [pos, endpos) asked
/// for, the group marks, and the engine's stacks. Positions are code-point indices from the start of the
/// subject (CPython's <c>beginning</c> is index 0). A scanner keeps its state between calls; the pattern
/// methods make one per call. The engine itself is <see cref="SreMatcher{T}"/>, one specialisation per
/// representation of the subject.
/// </summary>
internal abstract class SreState
{
    /// <summary>The thread running the engine now (for interruption checks).</summary>
    public ThreadState Ts;
    public readonly SrePattern Pattern;
    public readonly uint[] Code;
    /// <summary>The subject object (str, bytes or other bytes-like).</summary>
    public readonly PyObject String;
    public readonly bool IsBytes;
    /// <summary>Length of the whole subject in code points (bytes).</summary>
    public readonly int Length;
    /// <summary>The clamped pos and endpos of the call.</summary>
    public readonly int Pos, EndPos;

    /// <summary>Start of the current attempt; after a match, where it began.</summary>
    public int Start;
    /// <summary>Current position; after a match, where it ended.</summary>
    public int Ptr;
    /// <summary>End of the slice being searched (endpos).</summary>
    public readonly int End;
    /// <summary>fullmatch(): a match must end at <see cref="End"/>.</summary>
    public bool MatchAll;
    /// <summary>The previous match was empty at <see cref="Start"/>: this one must not be empty there too.</summary>
    public bool MustAdvance;
    /// <summary>A scanner that found no further match.</summary>
    public bool Exhausted;

    /// <summary>The highest valid index of <see cref="Marks"/>, or -1.</summary>
    public int LastMark = -1;
    /// <summary>The last closed group (lastindex), or -1.</summary>
    public int LastIndex = -1;
    /// <summary>Group marks: 2 per group (start, end); -1 for "not set".</summary>
    public int[] Marks;

    /// <summary>The engine's stacks, borrowed from the pattern's spare set when it is free.</summary>
    protected readonly SreStacks Stacks;

    /// <summary>The export held on a mutable bytes-like subject until <see cref="Release"/> (or, for a
    /// scanner, finalization).</summary>
    private SreBufferExport? _export;

    /// <summary>For bytes-like subjects: the bytes, from <see cref="_byteOffset"/>.</summary>
    protected readonly byte[]? _bytes;
    protected readonly int _byteOffset;

    protected SreState(ThreadState ts, SrePattern pattern, PyObject @string, bool isBytes, int length,
        byte[]? bytes, int byteOffset, long pos, long endpos)
    {
        Ts = ts;
        Pattern = pattern;
        Code = pattern.Code;
        String = @string;
        IsBytes = isBytes;
        Length = length;
        _bytes = bytes;
        _byteOffset = byteOffset;
        Stacks = Interlocked.Exchange(ref pattern.Spare, null) ?? new SreStacks(pattern.Groups * 2);
        if (Stacks.Marks.Length < pattern.Groups * 2) Stacks.Marks = new int[pattern.Groups * 2];
        Marks = Stacks.Marks;
        pos = Math.Clamp(pos, 0, length);
        endpos = Math.Clamp(endpos, 0, length);
        Pos = (int)pos;
        EndPos = (int)endpos;
        Start = Pos;
        Ptr = Pos;
        End = EndPos;
    }

    /// <summary>state_init: the state for matching <paramref name="string"/>; null with TypeError set when
    /// it is not a str or bytes-like, or its kind differs from the pattern's.</summary>
    public static SreState? Create(ThreadState ts, SrePattern pattern, PyObject @string, long pos, long endpos)
    {
        if (@string is PyStr s)
        {
            if (pattern.IsBytes > 0)
                return Fail(ts, "cannot use a bytes pattern on a string-like object");
            return s.IsWide
                ? new SreMatcher<WideText>(ts, pattern, s, new WideText(s.CodePoints!), false, s.Length, null, 0, pos, endpos)
                : new SreMatcher<BmpText>(ts, pattern, s, new BmpText(s.Chars), false, s.Length, null, 0, pos, endpos);
        }
        if (@string is PyBytes)
        {
            // Immutable: nothing to hold.
            if (!GetBytes(ts, @string, out var array, out int offset, out int length)) return null;
            if (pattern.IsBytes == 0)
                return Fail(ts, "cannot use a string pattern on a bytes-like object");
            return new SreMatcher<ByteText>(ts, pattern, @string, new ByteText(array, offset), true, length, array, offset, pos, endpos);
        }
        else
        {
            if (!HoldBytes(ts, @string, out var array, out int offset, out int length, out var export)) return null;
            if (pattern.IsBytes == 0)
            {
                export?.Release();
                return Fail(ts, "cannot use a string pattern on a bytes-like object");
            }
            var state = new SreMatcher<ByteText>(ts, pattern, @string, new ByteText(array, offset), true, length, array, offset, pos, endpos);
            state._export = export;
            return state;
        }
    }

    /// <summary>Like <see cref="GetBytes"/>, but the export stays held (<paramref name="export"/>, null when
    /// the bytes had to be copied) until released.</summary>
    private static bool HoldBytes(ThreadState ts, PyObject obj, out byte[] array, out int offset, out int length,
        out SreBufferExport? export)
    {
        array = [];
        offset = length = 0;
        export = null;
        if (!Protocols.HasBuffer(obj))
        {
            ts.SetError(PyExc.TypeError, $"expected string or bytes-like object, got '{obj.Type.Name}'");
            return false;
        }
        if (!Protocols.GetBuffer(ts, obj, false, out var view)) return false;
        if (MemoryMarshal.TryGetArray<byte>(view.Memory, out var segment) && segment.Array is not null)
        {
            array = segment.Array;
            offset = segment.Offset;
            length = segment.Count;
            export = new SreBufferExport(view);
        }
        else
        {
            array = view.Memory.ToArray();
            length = array.Length;
            Protocols.ReleaseBuffer(ref view);
        }
        return true;
    }

    /// <summary>getstring for bytes-likes: the exported bytes (copied only when the exporter's memory is
    /// not an array). False with CPython's TypeError when <paramref name="obj"/> exports no buffer.</summary>
    public static bool GetBytes(ThreadState ts, PyObject obj, out byte[] array, out int offset, out int length)
    {
        array = [];
        offset = length = 0;
        if (!Protocols.HasBuffer(obj))
        {
            ts.SetError(PyExc.TypeError, $"expected string or bytes-like object, got '{obj.Type.Name}'");
            return false;
        }
        if (!Protocols.GetBuffer(ts, obj, false, out var view)) return false;
        if (MemoryMarshal.TryGetArray<byte>(view.Memory, out var segment) && segment.Array is not null)
        {
            array = segment.Array;
            offset = segment.Offset;
            length = segment.Count;
        }
        else
        {
            array = view.Memory.ToArray();
            length = array.Length;
        }
        Protocols.ReleaseBuffer(ref view);
        return true;
    }

    private static SreState? Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return null;
    }

    /// <summary>state_reset: forget the marks of the previous attempt.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        ResetStacks();
    }

    protected abstract void ResetStacks();

    protected abstract void SaveStacks();

    /// <summary>The call is over: the stacks go back to the pattern for the next call (not for a scanner,
    /// which keeps its state). The state must not be used after this.</summary>
    public void Release()
    {
        _export?.Release();
        SaveStacks();
        Pattern.Spare = Stacks;
    }

    /// <summary>Matches the pattern at <see cref="Ptr"/> (= <see cref="Start"/>): 1 match, 0 none, &lt;0 error.</summary>
    public abstract int Match();

    /// <summary>Searches from <see cref="Start"/>: 1 match (Start/Ptr delimit it), 0 none, &lt;0 error.</summary>
    public abstract int Search();

    /// <summary>The subject's code points [i, j) as a str or bytes (getslice).</summary>
    public PyObject GetSlice(int i, int j)
    {
        if (!IsBytes) return ((PyStr)String).Substring(i, j);
        if (String.Type == BuiltinTypes.Bytes && i == 0 && j == Length) return String;
        return PyBytes.Create(_bytes.AsSpan(_byteOffset + i, j - i).ToArray());
    }

    /// <summary>state_getslice: group <paramref name="index"/> (1-based) of the current match; None (or
    /// the empty string when <paramref name="empty"/>) when it did not participate.</summary>
    public PyObject GetGroupSlice(int index, bool empty)
    {
        int m = (index - 1) * 2;
        if (m >= LastMark || Marks[m] < 0 || Marks[m + 1] < 0)
            return empty ? GetSlice(0, 0) : PyNone.Instance;
        return GetSlice(Marks[m], Marks[m + 1]);
    }

    /// <summary>pattern_error: turns an engine status below zero into the exception (an interruption
    /// already set one).</summary>
    public static void SetEngineError(ThreadState ts, int status)
    {
        if (ts.HasError) return;
        switch (status)
        {
            case SreConst.ErrorRecursionLimit:
                ts.SetError(PyExc.RecursionError, "maximum recursion limit exceeded");
                break;
            case SreConst.ErrorMemory:
                ts.MemoryError();
                break;
            default:
                ts.SetError(PyExc.RuntimeError, "internal error in regular expression engine");
                break;
        }
    }
}
