using Kaa.Runtime;

namespace Kaa.Cli;

/// <summary>
/// Runs a Python program: an interpreter on a thread with a large stack (deep Python recursion goes
/// through the VM's own frames, but native paths such as repr of nested containers recurse on the
/// .NET stack, and the stack depth guards need room to report RecursionError instead of crashing).
/// </summary>
internal static class ProgramRunner
{
    private const int StackSize = 1 << 30;

    public static int Run(string[] args)
    {
        int status = 0;
        var thread = new Thread(() =>
        {
            status = RunOnThisThread(args);
            // In the child of os.fork() this thread is the only one: the main thread that would return the
            // status is gone, so the process ends here (the interpreter has flushed its streams).
            if (ForkedProcess.IsChild)
            {
                Console.Out.Flush();
                Console.Error.Flush();
                ForkedProcess.Exit(status);
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        // KAA_GCSTATS=1: the allocation volume and collections of the run, for performance work.
        if (Environment.GetEnvironmentVariable("KAA_GCSTATS") is not null)
            Console.Error.WriteLine($"kaa gcstats: {GC.GetTotalAllocatedBytes(precise: true) / 1e6:F1} MB allocated, "
                + $"gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)} collections, "
                + $"pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        return status;
    }

    private static int RunOnThisThread(string[] args)
    {
        var line = CommandLine.Parse(args, "kaa");
        if (line.Message is not null)
        {
            (line.MessageToStderr ? Console.Error : Console.Out).WriteLine(line.Message);
            return line.ExitStatus;
        }
        try
        {
            var interp = new Interpreter(line.ToOptions());
            return line.Kind switch
            {
                MainKind.Command => interp.RunCommand(line.Target!),
                MainKind.Module => interp.RunModule(line.Target!),
                MainKind.Script when line.Target == "-" => interp.RunStdin(),
                MainKind.Script => interp.RunMain(line.Target!),
                _ => interp.RunStdin(),
            };
        }
        catch (Exception e)
        {
            // A defect in Kaa: reported as Python's SystemError, never as a .NET stack trace.
            Console.Out.Flush();
            Console.Error.WriteLine($"SystemError: internal error in Kaa: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("KAA_DEBUG") is not null) Console.Error.WriteLine(e);
            return 1;
        }
    }
}
