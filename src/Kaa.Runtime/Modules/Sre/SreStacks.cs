namespace Kaa.Runtime.Modules.Sre;

/// <summary>A nested attempt of the engine (CPython's match context). Pooled in <see cref="SreStacks"/>.</summary>
internal sealed class SreFrame
{
    public int Count;
    /// <summary>The literal that must follow (REPEAT_ONE).</summary>
    public uint Chr;
    /// <summary>The repeat record (REPEAT and the UNTIL operators).</summary>
    public int Rep;
    public int LastMark, LastIndex;
    public int Pc, Ptr;
    public bool TopLevel;
    /// <summary>Where the parent continues when this attempt ends.</summary>
    public byte Resume;
    public int Parent;
}

/// <summary>The state of an open REPEAT: count so far, its code, the zero-width guard, the enclosing one.</summary>
internal sealed class SreRepeat
{
    public int Count;
    public int Pc;
    public int LastPtr;
    public int Prev;
}

/// <summary>
/// The engine's working memory: frames, repeat records, the integer stack of saved marks, and the marks.
/// A pattern keeps one spare set (<see cref="SrePattern.Spare"/>) that each call borrows and gives back,
/// so a search allocates nothing for its stacks in the common case.
/// </summary>
internal sealed class SreStacks
{
    public SreFrame[] Frames = new SreFrame[16];
    public SreRepeat[] Repeats = new SreRepeat[4];
    public int[] Data = new int[64];
    public int[] Marks;

    public SreStacks(int markCount) => Marks = new int[Math.Max(2, markCount)];
}
