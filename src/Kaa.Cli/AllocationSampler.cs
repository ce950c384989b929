using System.Diagnostics.Tracing;

namespace Kaa.Cli;

/// <summary>Samples allocations by type through the runtime's GC allocation-tick events (one per ~100 KB).</summary>
public sealed class AllocationSampler : EventListener
{
    public readonly Dictionary<string, long> BytesByType = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int nameIndex = e.PayloadNames!.IndexOf("TypeName");
        int sizeIndex = e.PayloadNames!.IndexOf("AllocationAmount64");
        string name = (string)e.Payload[nameIndex]!;
        long size = Convert.ToInt64(e.Payload[sizeIndex]);
        lock (BytesByType)
            BytesByType[name] = BytesByType.GetValueOrDefault(name) + size;
    }

    public void Print()
    {
        long total = BytesByType.Values.Sum();
        foreach (var (name, bytes) in BytesByType.OrderByDescending(p => p.Value).Take(60))
            Console.WriteLine($"{bytes / 1e6,8:F1} MB {100.0 * bytes / total,5:F1}%  {name}");
    }
}
