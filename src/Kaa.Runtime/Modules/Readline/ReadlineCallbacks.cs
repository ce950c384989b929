using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>One input() in progress through libreadline: the thread state it runs for and the line
/// readline handed back (malloc'd; 0 at end of file).</summary>
internal sealed class ReadlineCall
{
    public readonly ThreadState Ts;
    public nint Line;
    public bool Done;

    public ReadlineCall(ThreadState ts) => Ts = ts;
}

/// <summary>
/// The functions libreadline calls back (readline.c's on_startup_hook, on_pre_input_hook, flex_complete,
/// on_completion, on_completion_display_matches_hook and rlhandler), as <c>[UnmanagedCallersOnly]</c> entry
/// points, so no code is generated at run time (NativeAOT).
/// <para>How a callback finds its interpreter (decisions.md §6/§9): readline's callbacks carry no user data,
/// and a process has one libreadline, whose hooks are process-wide C variables. They are only called while
/// a thread is inside <see cref="ReadlineInput.CallReadline"/> (rl_callback_handler_install and
/// rl_callback_read_char, which run there with the GIL held), so that call publishes itself in a
/// thread-static, <see cref="t_call"/>, for its duration: the one process-wide "owner" of libreadline is the
/// thread currently reading a line, and the callback reaches that thread's interpreter through it; the
/// Python-level completer and hooks are per interpreter (<see cref="ReadlineState"/>). A callback with no
/// call in progress on its thread does nothing. Only one thread may be inside libreadline at a time
/// (<see cref="ReadlineInput"/> takes a process-wide lock), as the library is not reentrant.</para>
/// </summary>
internal static unsafe class ReadlineCallbacks
{
    [ThreadStatic] internal static ReadlineCall? t_call;

    /// <summary>Sets the hooks that are always installed (setup_readline).</summary>
    public static void InstallHooks()
    {
        ReadlineNative.WritePointer(ReadlineNative.StartupHook, (nint)(delegate* unmanaged<int>)&OnStartupHook);
        ReadlineNative.WritePointer(ReadlineNative.PreInputHook, (nint)(delegate* unmanaged<int>)&OnPreInputHook);
        ReadlineNative.WritePointer(ReadlineNative.AttemptedCompletionFunction, (nint)(delegate* unmanaged<byte*, int, int, byte**>)&FlexComplete);
    }

    /// <summary>The display hook replaces readline's own listing, so it is set only while Python has one.</summary>
    public static void InstallDisplayMatchesHook(bool on) =>
        ReadlineNative.WritePointer(ReadlineNative.CompletionDisplayMatchesHook,
            on ? (nint)(delegate* unmanaged<byte**, int, int, void>)&OnDisplayMatches : 0);

    /// <summary>rl_callback_handler_install's line handler (rlhandler).</summary>
    public static nint LineHandler => (nint)(delegate* unmanaged<byte*, void>)&OnLine;

    [UnmanagedCallersOnly]
    private static void OnLine(byte* text)
    {
        if (t_call is { } call)
        {
            call.Line = (nint)text;
            call.Done = true;
        }
        ReadlineNative.rl_callback_handler_remove();
    }

    [UnmanagedCallersOnly]
    private static int OnStartupHook() => RunHook(static s => s.StartupHook);

    [UnmanagedCallersOnly]
    private static int OnPreInputHook() => RunHook(static s => s.PreInputHook);

    /// <summary>on_hook: calls the hook with no arguments; its int result is readline's, errors are dropped.</summary>
    private static int RunHook(Func<ReadlineState, PyObject?> which)
    {
        if (t_call is not { } call) return 0;
        var ts = call.Ts;
        try
        {
            var hook = which(ts.Interp.GetModuleState<ReadlineState>());
            if (hook is null) return 0;
            var r = Protocols.Call(ts, hook, [], null);
            if (r is null || r is PyNone) { ts.ClearError(); return 0; }
            if (PosixArgs.CInt(ts, r, out int result)) return result;
            ts.ClearError();
            return 0;
        }
        catch (Exception)
        {
            ts.ClearError();
            return 0;
        }
    }

    [UnmanagedCallersOnly]
    private static void OnDisplayMatches(byte** matches, int count, int maxLength)
    {
        if (t_call is not { } call) return;
        var ts = call.Ts;
        try
        {
            var hook = ts.Interp.GetModuleState<ReadlineState>().DisplayMatchesHook;
            if (hook is null) return;
            var list = PyList.WithCapacity(count);
            for (int i = 0; i < count; i++) list.Append(ReadlineModule.Decode(matches[i + 1]));
            var r = Protocols.Call(ts, hook, [ReadlineModule.Decode(matches[0]), list, PyInt.Create(maxLength)], null);
            if (r is not null && r is not PyNone) PosixArgs.CLong(ts, r, out _);
            ts.ClearError();
        }
        catch (Exception)
        {
            ts.ClearError();
        }
    }

    /// <summary>flex_complete: records begidx/endidx as character indexes of the line, then lets readline
    /// gather the matches from <see cref="OnCompletion"/>.</summary>
    [UnmanagedCallersOnly]
    private static byte** FlexComplete(byte* text, int start, int end)
    {
        if (t_call is not { } call) return null;
        var ts = call.Ts;
        try
        {
            ReadlineNative.WriteInt(ReadlineNative.CompletionAppendCharacter, 0);
            ReadlineNative.WriteInt(ReadlineNative.CompletionSuppressAppend, 0);
            var line = (byte*)ReadlineNative.ReadPointer(ReadlineNative.LineBuffer);
            if (line != null && start >= 0 && end >= start)
            {
                // The byte offsets become character counts of the decoded line (Py_DecodeLocale).
                int begin = ReadlineModule.DecodeLength(line, start);
                end = begin + ReadlineModule.DecodeLength(line + start, end - start);
                start = begin;
            }
            var state = ts.Interp.GetModuleState<ReadlineState>();
            state.BegIdx = PyInt.Create(start);
            state.EndIdx = PyInt.Create(end);
            return (byte**)ReadlineNative.rl_completion_matches(text, (nint)(delegate* unmanaged<byte*, int, byte*>)&OnCompletion);
        }
        catch (Exception)
        {
            ts.ClearError();
            return null;
        }
    }

    /// <summary>on_completion: the completer's state-th match, malloc'd, or NULL when it returns None or fails.</summary>
    [UnmanagedCallersOnly]
    private static byte* OnCompletion(byte* text, int index)
    {
        if (t_call is not { } call) return null;
        var ts = call.Ts;
        try
        {
            var completer = ts.Interp.GetModuleState<ReadlineState>().Completer;
            if (completer is null) return null;
            ReadlineNative.WriteInt(ReadlineNative.AttemptedCompletionOver, 1);
            var r = Protocols.Call(ts, completer, [ReadlineModule.Decode(text), PyInt.Create(index)], null);
            if (r is null || r is PyNone) { ts.ClearError(); return null; }
            var encoded = ReadlineModule.Encode(ts, r);
            if (encoded is null) { ts.ClearError(); return null; }
            return ReadlineNative.Strdup(encoded.AsSpan(0, encoded.Length - 1));
        }
        catch (Exception)
        {
            ts.ClearError();
            return null;
        }
    }
}
