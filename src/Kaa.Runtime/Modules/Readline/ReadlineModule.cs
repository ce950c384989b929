namespace Kaa.Runtime;

/// <summary>
/// <c>readline</c> (Modules/readline.c) over GNU readline (<see cref="ReadlineNative"/>): history, init files,
/// key bindings, the completer and hooks. Importing it makes input() on a terminal read through readline
/// (<see cref="ReadlineInput"/>); the C-to-Python callbacks are in <see cref="ReadlineCallbacks"/>.
/// </summary>
internal static unsafe class ReadlineModule
{
    private const string Doc = "Importing this module enables command line editing using GNU readline.";
    private const string DefaultWordBreaks = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

    internal static PyModule? Create(ThreadState ts)
    {
        if (ReadlineNative.Handle == 0)
        {
            ts.SetError(PyExc.ImportError, "libreadline.so.8: cannot open shared object file");
            return null;
        }
        var m = PyModule.Create("readline", Doc);
        m.Set("_READLINE_VERSION", PyInt.Create(ReadlineNative.HeaderVersion));
        m.Set("_READLINE_RUNTIME_VERSION", PyInt.Create(ReadlineNative.ReadInt(ReadlineNative.RuntimeVersion)));
        m.Set("_READLINE_LIBRARY_VERSION", Decode((byte*)ReadlineNative.ReadPointer(ReadlineNative.LibraryVersion)));

        m.AddFunction("parse_and_bind", static (ts, _, arg) =>
        {
            var line = Encode(ts, arg);
            if (line is null) return null;
            // A copy: rl_parse_and_bind writes into its argument.
            fixed (byte* p = line) ReadlineNative.rl_parse_and_bind(p);
            return PyNone.Instance;
        }, "Execute the init line provided in the string argument.");
        m.AddFunction("get_line_buffer", static (ts, _) =>
            Decode((byte*)ReadlineNative.ReadPointer(ReadlineNative.LineBuffer)), "Return the current contents of the line buffer.");
        m.AddFunction("insert_text", static (ts, _, arg) =>
        {
            var text = Encode(ts, arg);
            if (text is null) return null;
            fixed (byte* p = text) ReadlineNative.rl_insert_text(p);
            return PyNone.Instance;
        }, "Insert text into the line buffer at the cursor position.");
        m.AddFunction("redisplay", static (ts, _) =>
        {
            ReadlineNative.rl_redisplay();
            return PyNone.Instance;
        }, "Change what's displayed on the screen to reflect contents of the line buffer.");
        m.AddFunction("read_init_file", static (ts, _, args, kw) =>
        {
            if (!OptionalFilename(ts, "read_init_file", args, kw, 0, out var name)) return null;
            int err;
            fixed (byte* p = name) err = ReadlineNative.rl_read_init_file(p);
            if (err != 0) return PosixErrors.Raise(ts, err);
            DisableBracketedPaste();
            return PyNone.Instance;
        }, "Execute a readline initialization file.\n\nThe default filename is the last filename used.");
        m.AddFunction("read_history_file", static (ts, _, args, kw) =>
        {
            if (!OptionalFilename(ts, "read_history_file", args, kw, 0, out var name)) return null;
            int err;
            fixed (byte* p = name) err = ReadlineNative.read_history(p);
            return err != 0 ? PosixErrors.Raise(ts, err) : PyNone.Instance;
        }, "Load a readline history file.\n\nThe default filename is ~/.history.");
        m.AddFunction("write_history_file", static (ts, _, args, kw) =>
        {
            if (!OptionalFilename(ts, "write_history_file", args, kw, 0, out var name)) return null;
            int err;
            fixed (byte* p = name)
            {
                err = ReadlineNative.write_history(p);
                int length = ts.Interp.GetModuleState<ReadlineState>().HistoryLength;
                if (err == 0 && length >= 0) ReadlineNative.history_truncate_file(p, length);
            }
            return err != 0 ? PosixErrors.Raise(ts, err) : PyNone.Instance;
        }, "Save a readline history file.\n\nThe default filename is ~/.history.");
        m.AddFunction("append_history_file", static (ts, _, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("readline.append_history_file() takes no keyword arguments");
            if (args.Length < 1) return ts.TypeError($"append_history_file expected at least 1 argument, got {args.Length}");
            if (!PosixArgs.CInt(ts, args[0], out int count)) return null;
            if (!OptionalFilename(ts, "append_history_file", args, kw, 1, out var name)) return null;
            int err;
            fixed (byte* p = name)
            {
                err = ReadlineNative.append_history(count, p);
                int length = ts.Interp.GetModuleState<ReadlineState>().HistoryLength;
                if (err == 0 && length >= 0) ReadlineNative.history_truncate_file(p, length);
            }
            return err != 0 ? PosixErrors.Raise(ts, err) : PyNone.Instance;
        }, "Append the last nelements items of the history list to file.\n\nThe default filename is ~/.history.");
        m.AddFunction("get_history_item", static (ts, _, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int index)) return null;
            nint entry = ReadlineNative.history_get(index);
            return entry == 0 ? PyNone.Instance : Decode(ReadlineNative.EntryLine(entry));
        }, "Return the current contents of history item at one-based index.");
        m.AddFunction("get_current_history_length", static (ts, _) =>
            PyInt.Create(ReadlineNative.ReadInt(ReadlineNative.HistoryLength)), "Return the current (not the maximum) length of history.");
        m.AddFunction("set_history_length", static (ts, _, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int length)) return null;
            ts.Interp.GetModuleState<ReadlineState>().HistoryLength = length;
            return PyNone.Instance;
        }, "Set the maximal number of lines which will be written to the history file.\n\nA negative length is used to inhibit history truncation.");
        m.AddFunction("get_history_length", static (ts, _) =>
            PyInt.Create(ts.Interp.GetModuleState<ReadlineState>().HistoryLength),
            "Return the maximum number of lines that will be written to the history file.");
        m.AddFunction("set_completer", static (ts, _, args, kw) =>
            SetHook(ts, "completer", args, kw, static (s, f) => s.Completer = f),
            "Set or remove the completer function.\n\nThe function is called as function(text, state),\nfor state in 0, 1, 2, ..., until it returns a non-string.\nIt should return the next possible completion starting with 'text'.");
        m.AddFunction("get_completer", static (ts, _) =>
            ts.Interp.GetModuleState<ReadlineState>().Completer ?? PyNone.Instance, "Get the current completer function.");
        m.AddFunction("get_completion_type", static (ts, _) =>
            PyInt.Create(ReadlineNative.ReadInt(ReadlineNative.CompletionType)), "Get the type of completion being attempted.");
        m.AddFunction("get_begidx", static (ts, _) => ts.Interp.GetModuleState<ReadlineState>().BegIdx,
            "Get the beginning index of the completion scope.");
        m.AddFunction("get_endidx", static (ts, _) => ts.Interp.GetModuleState<ReadlineState>().EndIdx,
            "Get the ending index of the completion scope.");
        m.AddFunction("set_completer_delims", static (ts, _, arg) =>
        {
            var delims = Encode(ts, arg);
            if (delims is null) return null;
            SetWordBreakCharacters(ts.Interp.GetModuleState<ReadlineState>(), delims);
            return PyNone.Instance;
        }, "Set the word delimiters for completion.");
        m.AddFunction("set_auto_history", static (ts, _, arg) =>
        {
            int enabled = Protocols.IsTrue(ts, arg);
            if (enabled < 0) return null;
            ts.Interp.GetModuleState<ReadlineState>().AutoHistory = enabled != 0;
            return PyNone.Instance;
        }, "Enables or disables automatic history.");
        m.AddFunction("add_history", static (ts, _, arg) =>
        {
            var line = Encode(ts, arg);
            if (line is null) return null;
            fixed (byte* p = line) ReadlineNative.add_history(p);
            return PyNone.Instance;
        }, "Add an item to the history buffer.");
        m.AddFunction("remove_history_item", static (ts, _, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int index)) return null;
            if (index < 0) return ts.Raise(PyExc.ValueError, "History index cannot be negative");
            nint entry = ReadlineNative.remove_history(index);
            if (entry == 0) return ts.Raise(PyExc.ValueError, $"No history item at position {index}");
            ReadlineNative.FreeEntry(entry);
            return PyNone.Instance;
        }, "Remove history item given by its zero-based position.");
        m.AddFunction("replace_history_item", static (ts, _, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("readline.replace_history_item() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"replace_history_item expected 2 arguments, got {args.Length}");
            if (!PosixArgs.CInt(ts, args[0], out int index)) return null;
            if (args[1] is not PyStr) return ts.TypeError($"replace_history_item() argument 2 must be str, not {TypeName(args[1])}");
            if (index < 0) return ts.Raise(PyExc.ValueError, "History index cannot be negative");
            var line = Encode(ts, args[1]);
            if (line is null) return null;
            nint old;
            fixed (byte* p = line) old = ReadlineNative.replace_history_entry(index, p, 0);
            if (old == 0) return ts.Raise(PyExc.ValueError, $"No history item at position {index}");
            ReadlineNative.FreeEntry(old);
            return PyNone.Instance;
        }, "Replaces history item given by its position with contents of line.\n\npos is zero-based.");
        m.AddFunction("get_completer_delims", static (ts, _) =>
            Decode((byte*)ReadlineNative.ReadPointer(ReadlineNative.CompleterWordBreakCharacters)), "Get the word delimiters for completion.");
        m.AddFunction("set_completion_display_matches_hook", static (ts, _, args, kw) =>
        {
            var r = SetHook(ts, "completion_display_matches_hook", args, kw, static (s, f) => s.DisplayMatchesHook = f);
            // Installed only while a hook is set: it replaces readline's own listing of the matches.
            if (r is not null) ReadlineCallbacks.InstallDisplayMatchesHook(ts.Interp.GetModuleState<ReadlineState>().DisplayMatchesHook is not null);
            return r;
        }, "Set or remove the completion display function.\n\nThe function is called as\n  function(substitution, [matches], longest_match_length)\nonce each time matches need to be displayed.");
        m.AddFunction("set_startup_hook", static (ts, _, args, kw) =>
            SetHook(ts, "startup_hook", args, kw, static (s, f) => s.StartupHook = f),
            "Set or remove the function invoked by the rl_startup_hook callback.\n\nThe function is called with no arguments just\nbefore readline prints the first prompt.");
        m.AddFunction("set_pre_input_hook", static (ts, _, args, kw) =>
            SetHook(ts, "pre_input_hook", args, kw, static (s, f) => s.PreInputHook = f),
            "Set or remove the function invoked by the rl_pre_input_hook callback.\n\nThe function is called with no arguments after the first prompt\nhas been printed and just before readline starts reading input\ncharacters.");
        m.AddFunction("clear_history", static (ts, _) =>
        {
            ReadlineNative.clear_history();
            return PyNone.Instance;
        }, "Clear the current readline history.");

        Setup(ts.Interp.GetModuleState<ReadlineState>());
        return m;
    }

    /// <summary>setup_readline: the name inputrc sees, a clean history, Python's key bindings and word
    /// breaks, the hooks, then rl_initialize (which reads ~/.inputrc).</summary>
    private static void Setup(ReadlineState state)
    {
        var savedLocale = ReadlineInput.SaveLocale();
        ReadlineNative.WritePointer(ReadlineNative.ReadlineName, ReadlineNative.PythonName);
        ReadlineNative.clear_history();
        ReadlineNative.using_history();
        // TAB inserts a tab; ESC-TAB and ESC-ESC complete.
        ReadlineNative.rl_bind_key('\t', ReadlineNative.InsertCommand);
        ReadlineNative.rl_bind_key_in_map('\t', ReadlineNative.CompleteCommand, ReadlineNative.EmacsMetaKeymap);
        ReadlineNative.rl_bind_key_in_map('\x1b', ReadlineNative.CompleteCommand, ReadlineNative.EmacsMetaKeymap);
        ReadlineCallbacks.InstallHooks();
        SetWordBreakCharacters(state, System.Text.Encoding.ASCII.GetBytes(DefaultWordBreaks + "\0"));
        state.BegIdx = PyInt.Create(0);
        state.EndIdx = PyInt.Create(0);
        // Issue #19884: on a pipe, no meta key, so that "\033[1034h" is not written to stdout.
        if (Libc.isatty(1) == 0) VariableBind("enable-meta-key"u8, "off"u8);
        ReadlineNative.rl_initialize();
        DisableBracketedPaste();
        ReadlineInput.RestoreLocale(savedLocale);
        state.Installed = true;
    }

    /// <summary>bpo-42819: the bracketed paste mode writes "\x1b[?2004h" and is not supported by input().</summary>
    private static void DisableBracketedPaste() => VariableBind("enable-bracketed-paste"u8, "off"u8);

    private static void VariableBind(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        fixed (byte* n = (byte[])[.. name, 0])
        fixed (byte* v = (byte[])[.. value, 0])
            ReadlineNative.rl_variable_bind(n, v);
    }

    /// <summary>Installs a malloc'd copy (readline keeps the pointer), freeing the one this interpreter set before.</summary>
    private static void SetWordBreakCharacters(ReadlineState state, byte[] nulTerminated)
    {
        var copy = ReadlineNative.Strdup(nulTerminated.AsSpan(0, nulTerminated.Length - 1));
        nint old = state.WordBreakCharacters;
        state.WordBreakCharacters = (nint)copy;
        ReadlineNative.WritePointer(ReadlineNative.CompleterWordBreakCharacters, (nint)copy);
        if (old != 0) System.Runtime.InteropServices.NativeMemory.Free((void*)old);
    }

    /// <summary>set_hook: None clears, a callable is kept, anything else is a TypeError.</summary>
    private static PyObject? SetHook(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Action<ReadlineState, PyObject?> store)
    {
        if (kw is { Length: > 0 }) return ts.TypeError($"readline.set_{name}() takes no keyword arguments");
        if (args.Length > 1) return ts.TypeError($"set_{name} expected at most 1 argument, got {args.Length}");
        var function = args.Length == 1 ? args[0] : PyNone.Instance;
        var state = ts.Interp.GetModuleState<ReadlineState>();
        if (function is PyNone) store(state, null);
        else if (function.Type.Call is not null) store(state, function);
        else return ts.TypeError($"set_{name}(func): argument not callable");
        return PyNone.Instance;
    }

    /// <summary>An optional file name argument at <paramref name="position"/> (None or absent: NULL, readline's
    /// default), through PyUnicode_FSConverter.</summary>
    private static bool OptionalFilename(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kw, int position, out byte[]? name)
    {
        name = null;
        if (kw is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, $"readline.{function}() takes no keyword arguments");
            return false;
        }
        if (args.Length > position + 1)
        {
            ts.SetError(PyExc.TypeError, $"{function} expected at most {position + 1} argument{(position == 0 ? "" : "s")}, got {args.Length}");
            return false;
        }
        if (args.Length <= position || args[position] is PyNone) return true;
        name = PosixModule.FsConvert(ts, args[position]);
        return name is not null;
    }

    /// <summary>PyUnicode_EncodeLocale(obj, "surrogateescape") (the locale is UTF-8), NUL-terminated.</summary>
    internal static byte[]? Encode(ThreadState ts, PyObject obj)
    {
        if (obj is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, "bad argument type for built-in operation");
            return null;
        }
        var bytes = FsEncoding.Encode(ts, s);
        if (bytes is null) return LocaleEncodeError(ts, s);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            ts.SetError(PyExc.ValueError, "embedded null character");
            return null;
        }
        return [.. bytes, 0];
    }

    /// <summary>PyUnicode_EncodeLocale names the codec "locale" and the reason "encoding error": the UTF-8
    /// encoder's error is reworded with its position kept.</summary>
    private static byte[]? LocaleEncodeError(ThreadState ts, PyStr s)
    {
        var error = ts.CurrentException;
        if (error is null || !error.Type.IsSubtypeOf(PyExc.UnicodeEncodeError)) return null;
        var start = Protocols.GetAttr(ts, error, PyStr.Intern("start"));
        var end = start is null ? null : Protocols.GetAttr(ts, error, PyStr.Intern("end"));
        if (end is null) return null;
        ts.ClearError();
        if (Protocols.Call(ts, PyExc.UnicodeEncodeError, [PyStr.Intern("locale"), s, start!, end, PyStr.Create("encoding error")], null) is PyBaseException e)
            ts.SetError(e);
        return null;
    }

    /// <summary>PyUnicode_DecodeLocale(s, "surrogateescape").</summary>
    internal static PyStr Decode(byte* s) => FsEncoding.Decode(ReadlineNative.Span(s));

    /// <summary>The number of characters the first <paramref name="length"/> bytes of <paramref name="s"/> decode to.</summary>
    internal static int DecodeLength(byte* s, int length) => FsEncoding.Decode(new ReadOnlySpan<byte>(s, length)).Length;

    private static string TypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;
}
