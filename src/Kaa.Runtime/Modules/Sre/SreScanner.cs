namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// <c>_sre.SRE_Scanner</c>: successive matches over one subject (what finditer iterates): it keeps its
/// engine state between calls, starting each attempt where the last match ended.
/// </summary>
internal sealed class SreScanner : PyObject
{
    public readonly SrePattern Pattern;
    public readonly SreState State;
    /// <summary>A call is running (a callback from inside the match re-entered the scanner).</summary>
    public bool Executing;

    public SreScanner(SrePattern pattern, SreState state) : base(SreModule.ScannerType)
    {
        Pattern = pattern;
        State = state;
    }

    /// <summary>scanner.match() (<paramref name="search"/> false) or scanner.search().</summary>
    public PyObject? Next(ThreadState ts, bool search)
    {
        if (Executing) return ts.Raise(PyExc.ValueError, "regular expression scanner already executing");
        var state = State;
        if (state.Exhausted) return PyNone.Instance;
        Executing = true;
        state.Ts = ts;
        state.Reset();
        state.Ptr = state.Start;
        int status = search ? state.Search() : state.Match();
        if (ts.HasError)
        {
            Executing = false;
            return null;
        }
        var match = SreMatch.Create(ts, state, status);
        if (status == 0) state.Exhausted = true;
        else
        {
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }
        Executing = false;
        return match;
    }
}
