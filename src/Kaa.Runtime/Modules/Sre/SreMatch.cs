namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// <c>re.Match</c>: the result of a successful match (CPython's MatchObject): the subject, the pattern,
/// the spans of group 0 and every group (-1, -1 when a group did not participate), pos/endpos and lastindex.
/// </summary>
internal sealed class SreMatch : PyObject
{
    public readonly SrePattern Pattern;
    public readonly PyObject String;
    /// <summary>Spans: [2g] start and [2g+1] end of group g (group 0 is the whole match).</summary>
    public readonly int[] Spans;
    public readonly int Pos, EndPos;
    public readonly int LastIndex;
    /// <summary>The cached <c>regs</c> tuple.</summary>
    public PyTuple? Regs;

    private SreMatch(SrePattern pattern, PyObject @string, int[] spans, int pos, int endPos, int lastIndex)
        : base(SreModule.MatchType)
    {
        Pattern = pattern;
        String = @string;
        Spans = spans;
        Pos = pos;
        EndPos = endPos;
        LastIndex = lastIndex;
    }

    /// <summary>Group count including group 0.</summary>
    public int GroupCount => Spans.Length / 2;

    /// <summary>pattern_new_match: the match object for <paramref name="status"/> (1), None (0), or null with
    /// the engine's error set (below zero).</summary>
    public static PyObject? Create(ThreadState ts, SreState state, int status)
    {
        if (status == 0) return PyNone.Instance;
        if (status < 0)
        {
            SreState.SetEngineError(ts, status);
            return null;
        }
        var pattern = state.Pattern;
        var spans = new int[2 * (pattern.Groups + 1)];
        spans[0] = state.Start;
        spans[1] = state.Ptr;
        var marks = state.Marks;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            if (j + 1 <= state.LastMark && marks[j] >= 0 && marks[j + 1] >= 0)
            {
                spans[j + 2] = marks[j];
                spans[j + 3] = marks[j + 1];
                if (marks[j] > marks[j + 1])
                    return ts.Raise(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
            }
            else
            {
                spans[j + 2] = spans[j + 3] = -1;
            }
        }
        return new SreMatch(pattern, state.String, spans, state.Pos, state.EndPos, state.LastIndex);
    }

    /// <summary>match_getindex: the group number named by <paramref name="index"/> (an int or a group
    /// name); -1 with IndexError set for no such group.</summary>
    public int GetIndex(ThreadState ts, PyObject? index)
    {
        if (index is null) return 0;
        long i = -1;
        if (index.Type.Index is not null || index is PyInt)
        {
            if (!Protocols.AsIndex(ts, index, out i)) return -1;
        }
        else if (Pattern.GroupIndex is { } gi)
        {
            int r = gi.TryGetItem(ts, index, out var number);
            if (r < 0) return -1;
            if (r > 0 && number is PyInt n && n.TryGetLong(out long v)) i = v;
        }
        if (i < 0 || i >= GroupCount)
        {
            if (!ts.HasError) ts.SetError(PyExc.IndexError, "no such group");
            return -1;
        }
        return (int)i;
    }

    /// <summary>match_getslice_by_index: the text of group <paramref name="index"/>, or
    /// <paramref name="deflt"/> when it did not participate.</summary>
    public PyObject? GetSliceByIndex(ThreadState ts, int index, PyObject deflt)
    {
        int start = Spans[2 * index], end = Spans[2 * index + 1];
        if (String is PyNone || start < 0) return deflt;
        if (String is PyStr s)
        {
            start = Math.Min(start, s.Length);
            end = Math.Min(end, s.Length);
            return s.Substring(start, end);
        }
        if (!SreState.GetBytes(ts, String, out var array, out int offset, out int length)) return null;
        start = Math.Min(start, length);
        end = Math.Min(end, length);
        if (String.Type == BuiltinTypes.Bytes && start == 0 && end == length) return String;
        return PyBytes.Create(array.AsSpan(offset + start, Math.Max(0, end - start)).ToArray());
    }

    public PyObject? GetSlice(ThreadState ts, PyObject? index, PyObject deflt)
    {
        int i = GetIndex(ts, index);
        return i < 0 ? null : GetSliceByIndex(ts, i, deflt);
    }
}
