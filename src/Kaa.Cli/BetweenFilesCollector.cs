namespace Kaa.Cli;

/// <summary>
/// For the tools that compile file after file (<c>--compile-only</c>): a first-generation
/// collection between two files, once the files since the last one allocated
/// <see cref="Budget"/> bytes. Between files almost nothing is alive (the tree and code objects of
/// the file just done are garbage), so the collection costs little and promotes nothing, and the
/// next file allocates in memory already touched. Left to itself the collector runs in the middle
/// of a file (promoting that file's tree), and lets the heap grow over the 64 MB first generation
/// the launcher sets: about twice the fresh pages, each a page fault (costly under
/// virtualisation), and each cleared before use.
/// </summary>
internal sealed class BetweenFilesCollector
{
    /// <summary>Measured on bench/compile.py: 8 to 16 MB give the fewest page faults.</summary>
    private const long Budget = 16 << 20;

    /// <summary>
    /// What survives between files is long-lived (the parser's and code generator's storage growing
    /// for a larger file, new identifiers), but while it is small the collector leaves it in the
    /// first generation, to be marked and moved again by every later collection (a few MB, a
    /// millisecond or two each time). Past this much, the next collection is a second-generation
    /// one, which promotes it (about 3% less CPU on bench/compile.py).
    /// </summary>
    private const long UnpromotedLimit = 256 << 10;

    private long _allocatedAtLastCollection = GC.GetAllocatedBytesForCurrentThread();
    private bool _promoteNext;

    public void FileDone()
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - _allocatedAtLastCollection < Budget) return;
        GC.Collect(_promoteNext ? 1 : 0, GCCollectionMode.Forced, blocking: true);
        _allocatedAtLastCollection = allocated;
        _promoteNext = GC.GetGCMemoryInfo(GCKind.Ephemeral).GenerationInfo[0].SizeAfterBytes > UnpromotedLimit;
    }
}
