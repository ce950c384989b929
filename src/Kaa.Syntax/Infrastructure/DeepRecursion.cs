using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Kaa.Syntax.Infrastructure;

/// <summary>
/// Lets a recursive walk over a deep tree go on when the current thread's stack runs low: the rest
/// of the walk continues on a fresh thread with a large stack, and the caller waits for it. Depth
/// stays bounded by the parser's own limits; this only guarantees that a legal tree never
/// overflows the .NET stack (which would kill the process).
/// </summary>
public static class DeepRecursion
{
    private const int StackSize = 256 * 1024 * 1024;

    /// <summary>True when the current stack has room for ordinary recursion.</summary>
    public static bool HasRoom => RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>Runs <paramref name="action"/> on a new thread with a large stack and waits for it.</summary>
    public static void RunOnNewStack(Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, StackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    public static T RunOnNewStack<T>(Func<T> func)
    {
        T result = default!;
        RunOnNewStack(() => result = func());
        return result;
    }
}
