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

    private long _allocatedAtLastCollection = GC.GetAllocatedBytesForCurrentThread();

    public void FileDone()
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - _allocatedAtLastCollection < Budget) return;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        _allocatedAtLastCollection = allocated;
    }
}
