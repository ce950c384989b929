namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// <c>re.Pattern</c>: a compiled regular expression (CPython's PatternObject): the code list made by
/// <c>re._compiler</c>, the source pattern and flags, and the group tables.
/// </summary>
internal sealed class SrePattern : PyObject
{
    public readonly uint[] Code;
    /// <summary>The source (str, bytes, or None).</summary>
    public readonly PyObject Source;
    public readonly int Flags;
    /// <summary>Number of capturing groups.</summary>
    public readonly int Groups;
    /// <summary>Group name → number; null when the pattern has no named groups.</summary>
    public readonly PyDict? GroupIndex;
    /// <summary>Group number → name (None for unnamed); null when there are no named groups.</summary>
    public readonly PyTuple? IndexGroup;
    /// <summary>1 for a bytes pattern, 0 for str, -1 when the source is None.</summary>
    public readonly int IsBytes;

    /// <summary>What the engine's fast paths know about <see cref="Code"/>.</summary>
    public readonly SreCodeInfo Info;

    /// <summary>Engine stacks left by the last call, for the next one (see <see cref="SreState.Release"/>).</summary>
    internal SreStacks? Spare;

    public SrePattern(uint[] code, PyObject source, int flags, int groups, PyDict? groupIndex, PyTuple? indexGroup, int isBytes)
        : base(SreModule.PatternType)
    {
        Code = code;
        Info = SreCodeInfo.Create(code);
        Source = source;
        Flags = flags;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = isBytes;
    }

    /// <summary>_sre.compile(pattern, flags, code, groups, groupindex, indexgroup).</summary>
    public static PyObject? Compile(ThreadState ts, PyObject source, int flags, PyList codeList, long groups,
        PyDict groupIndex, PyTuple indexGroup)
    {
        var items = codeList.AsSpan();
        var code = new uint[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            // Anything but an int in 0..2**32-1 (as PyLong_AsUnsignedLong then the width check see it).
            if (items[i] is not PyInt n || n.Sign < 0 || n.Value > uint.MaxValue)
                return ts.OverflowError("regular expression code size limit exceeded");
            code[i] = (uint)n.Value;
        }
        int isBytes;
        if (source is PyNone) isBytes = -1;
        else if (source is PyStr) isBytes = 0;
        else
        {
            if (!SreState.GetBytes(ts, source, out _, out _, out _)) return null;
            isBytes = 1;
        }
        if (groups < 0 || groups > SreConst.MaxGroups)
            return ts.Raise(PyExc.RuntimeError, "invalid SRE code");
        if (!SreValidator.Validate(code, (int)groups))
            return ts.Raise(PyExc.RuntimeError, "invalid SRE code");
        return new SrePattern(code, source, flags, (int)groups,
            groupIndex.Count > 0 ? groupIndex : null,
            groupIndex.Count > 0 && indexGroup.Length > 0 ? indexGroup : null, isBytes);
    }
}
