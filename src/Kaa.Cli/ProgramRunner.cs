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
        var thread = new Thread(() => status = RunOnThisThread(args), StackSize);
        thread.Start();
        thread.Join();
        return status;
    }

    private static int RunOnThisThread(string[] args)
    {
        try
        {
            var interp = new Interpreter(new InterpreterOptions { Argv = args, InstallSignalHandlers = true });
            return interp.RunMain(args[0]);
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
