namespace Kaa.Runtime;

/// <summary>
/// input() through readline (CPython's builtin_input tty branch, PyOS_Readline and readline.c's
/// call_readline): when the module has been imported and sys.stdin and sys.stdout are the process's
/// terminal, the line is read by libreadline's callback interface, polling the terminal with the GIL
/// released, so that signal handlers run (KeyboardInterrupt ends the read) as CPython's select loop does.
/// </summary>
internal static unsafe class ReadlineInput
{
    private const int LC_CTYPE = 0;

    /// <summary>libreadline is one per process and not reentrant: one thread reads a line at a time.</summary>
    private static readonly object s_libraryLock = new();

    /// <summary>
    /// Called by input() after flushing stderr: false when readline does not apply (not imported, not a
    /// terminal), input() then reads sys.stdin itself; true when it read the line (the result, or null with
    /// the error set: EOFError at end of input, KeyboardInterrupt, ...).
    /// </summary>
    internal static bool TryInput(ThreadState ts, PyObject stdin, PyObject stdout, PyObject? prompt, out PyObject? result)
    {
        result = null;
        if (!ts.Interp.GetModuleState<ReadlineState>().Installed || ReadlineCallbacks.t_call is not null) return false;
        if (!IsTerminal(ts, stdin, 0) || !IsTerminal(ts, stdout, 1)) return false;
        var inEncoding = StrAttr(ts, stdin, "encoding");
        var inErrors = StrAttr(ts, stdin, "errors");
        var outEncoding = StrAttr(ts, stdout, "encoding");
        var outErrors = StrAttr(ts, stdout, "errors");
        if (inEncoding is null || inErrors is null || outEncoding is null || outErrors is null)
        {
            ts.ClearError();
            return false;
        }
        if (Protocols.CallMethod(ts, stdout, "flush", []) is null) ts.ClearError();
        byte[] promptBytes = [0];
        if (prompt is not null)
        {
            var text = Protocols.Str(ts, prompt);
            if (text is null) return true;
            if (Protocols.CallMethod(ts, text, "encode", [outEncoding, outErrors]) is not PyBytes encoded) return true;
            if (Array.IndexOf(encoded.Value, (byte)0) >= 0)
            {
                ts.SetError(PyExc.ValueError, "input: prompt string cannot contain null characters");
                return true;
            }
            promptBytes = [.. encoded.Value, 0];
        }
        var line = CallReadline(ts, promptBytes);
        if (line is null)
        {
            if (!ts.HasError) ts.SetErrorNoArgs(PyExc.KeyboardInterrupt);
            return true;
        }
        if (line.Length == 0)
        {
            ts.SetErrorNoArgs(PyExc.EOFError);
            return true;
        }
        int n = line[^1] == (byte)'\n' ? line.Length - 1 : line.Length;
        result = Protocols.CallMethod(ts, PyBytes.Create(line.AsSpan(0, n).ToArray()), "decode", [inEncoding, inErrors]);
        return true;
    }

    /// <summary>The stream's fileno() is <paramref name="fd"/> and that is a terminal.</summary>
    private static bool IsTerminal(ThreadState ts, PyObject stream, int fd)
    {
        var r = Protocols.CallMethod(ts, stream, "fileno", []);
        if (r is null)
        {
            ts.ClearError();
            return false;
        }
        return r is PyInt i && i.TryGetLong(out long v) && v == fd && Libc.isatty(fd) == 1;
    }

    private static PyObject? StrAttr(ThreadState ts, PyObject o, string name) =>
        Protocols.GetAttr(ts, o, PyStr.Intern(name)) is PyStr s ? s : null;

    /// <summary>
    /// call_readline: one line, ending in "\n"; empty at end of file; null when a signal handler raised
    /// (the error is set).
    /// </summary>
    internal static byte[]? CallReadline(ThreadState ts, byte[] prompt)
    {
        bool locked = false;
        try
        {
            // Wait for another thread's read without holding the GIL.
            if (!Monitor.TryEnter(s_libraryLock))
                using (ts.ReleaseGil()) Monitor.Enter(s_libraryLock, ref locked);
            else locked = true;
            return ReadLocked(ts, prompt);
        }
        finally
        {
            if (locked) Monitor.Exit(s_libraryLock);
        }
    }

    private static byte[]? ReadLocked(ThreadState ts, byte[] prompt)
    {
        var state = ts.Interp.GetModuleState<ReadlineState>();
        var savedLocale = SaveLocale();
        fixed (byte* empty = ""u8) Libc.setlocale(LC_CTYPE, empty); // _Py_SetLocaleFromEnv(LC_CTYPE)
        var call = new ReadlineCall(ts);
        ReadlineCallbacks.t_call = call;
        try
        {
            nint cin = ReadlineNative.ReadPointer(ReadlineNative.CStdin), cout = ReadlineNative.ReadPointer(ReadlineNative.CStdout);
            if (ReadlineNative.ReadPointer(ReadlineNative.InStream) != cin || ReadlineNative.ReadPointer(ReadlineNative.OutStream) != cout)
            {
                ReadlineNative.WritePointer(ReadlineNative.InStream, cin);
                ReadlineNative.WritePointer(ReadlineNative.OutStream, cout);
                ReadlineNative.rl_prep_terminal(1);
            }
            // Kaa handles the signals; readline must not install its own handlers.
            ReadlineNative.WriteInt(ReadlineNative.CatchSignals, 0);
            fixed (byte* p = prompt) ReadlineNative.rl_callback_handler_install(p, ReadlineCallbacks.LineHandler);
            var fds = new PollFd[1];
            while (!call.Done)
            {
                fds[0] = new PollFd { Fd = 0, Events = 1 /* POLLIN */ };
                int r = PollWait.Poll(ts, fds, -1);
                if (r < 0)
                {
                    // A signal handler raised (KeyboardInterrupt): abandon the line, restore the terminal.
                    ReadlineNative.rl_free_line_state();
                    ReadlineNative.rl_callback_sigcleanup();
                    ReadlineNative.rl_cleanup_after_signal();
                    ReadlineNative.rl_callback_handler_remove();
                    return null;
                }
                if (r > 0) ReadlineNative.rl_callback_read_char();
            }
        }
        finally
        {
            ReadlineCallbacks.t_call = null;
            RestoreLocale(savedLocale);
        }
        if (call.Line == 0) return [];
        var line = ReadlineNative.Span((byte*)call.Line);
        if (state.AutoHistory && line.Length > 0)
        {
            // Added unless it repeats the last entry.
            int length = ReadlineNative.ReadInt(ReadlineNative.HistoryLength);
            nint last = length > 0 ? ReadlineNative.history_get(length) : 0;
            var previous = last != 0 ? ReadlineNative.Span(ReadlineNative.EntryLine(last)) : default;
            if (!line.SequenceEqual(previous)) ReadlineNative.add_history((byte*)call.Line);
        }
        byte[] result = [.. line, (byte)'\n'];
        System.Runtime.InteropServices.NativeMemory.Free((void*)call.Line);
        return result;
    }

    /// <summary>The current LC_CTYPE locale's name (GNU readline sets LC_CTYPE: it is put back after).</summary>
    internal static byte[]? SaveLocale()
    {
        var current = Libc.setlocale(LC_CTYPE, null);
        return current == null ? null : [.. ReadlineNative.Span(current), 0];
    }

    internal static void RestoreLocale(byte[]? saved)
    {
        if (saved is null) return;
        fixed (byte* p = saved) Libc.setlocale(LC_CTYPE, p);
    }
}
