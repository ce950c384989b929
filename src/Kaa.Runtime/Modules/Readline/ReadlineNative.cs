using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// GNU readline (libreadline.so.8, the library Debian's CPython links its readline module with): the
/// functions through <c>[LibraryImport]</c>, its global variables (hooks, buffers, flags) by address from
/// the loaded library. Everything here is the library's own process-wide state; the addresses are found
/// once and never change.
/// </summary>
internal static unsafe partial class ReadlineNative
{
    private const string Lib = "libreadline.so.8";

    /// <summary>RL_READLINE_VERSION of the headers this binding follows (readline 8.2, as Debian's CPython).</summary>
    public const int HeaderVersion = 0x0802;

    /// <summary>The library handle; 0 when libreadline cannot be loaded (the module then fails to import).</summary>
    public static readonly nint Handle = Load();

    private static nint Load() => NativeLibrary.TryLoad(Lib, out var h) ? h : 0;

    /// <summary>The address of an exported variable or function (0 when missing).</summary>
    public static nint Export(string name) =>
        Handle != 0 && NativeLibrary.TryGetExport(Handle, name, out var p) ? p : 0;

    // The variables, by address (each is the C object itself: an int, a pointer, a FILE*, an array).
    public static readonly nint LineBuffer = Export("rl_line_buffer");                          // char*
    public static readonly nint CompleterWordBreakCharacters = Export("rl_completer_word_break_characters"); // char*
    public static readonly nint CompletionType = Export("rl_completion_type");                  // int
    public static readonly nint AttemptedCompletionOver = Export("rl_attempted_completion_over"); // int
    public static readonly nint CompletionAppendCharacter = Export("rl_completion_append_character"); // int
    public static readonly nint CompletionSuppressAppend = Export("rl_completion_suppress_append"); // int
    public static readonly nint CatchSignals = Export("rl_catch_signals");                      // int
    public static readonly nint ReadlineName = Export("rl_readline_name");                      // const char*
    public static readonly nint StartupHook = Export("rl_startup_hook");                        // rl_hook_func_t*
    public static readonly nint PreInputHook = Export("rl_pre_input_hook");                     // rl_hook_func_t*
    public static readonly nint AttemptedCompletionFunction = Export("rl_attempted_completion_function");
    public static readonly nint CompletionDisplayMatchesHook = Export("rl_completion_display_matches_hook");
    public static readonly nint InStream = Export("rl_instream");                               // FILE*
    public static readonly nint OutStream = Export("rl_outstream");                             // FILE*
    public static readonly nint RuntimeVersion = Export("rl_readline_version");                 // int
    public static readonly nint LibraryVersion = Export("rl_library_version");                  // const char*
    public static readonly nint HistoryLength = Export("history_length");                      // int
    public static readonly nint EmacsMetaKeymap = Export("emacs_meta_keymap");                 // KEYMAP_ENTRY[]
    public static readonly nint InsertCommand = Export("rl_insert");                           // rl_command_func_t
    public static readonly nint CompleteCommand = Export("rl_complete");                       // rl_command_func_t

    /// <summary>The addresses of libc's <c>stdin</c> and <c>stdout</c> FILE* variables (rl_instream/rl_outstream).</summary>
    public static readonly nint CStdin = LibcExport("stdin"), CStdout = LibcExport("stdout");

    private static nint LibcExport(string name) =>
        NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, name, out var p) ? p : 0;

    /// <summary>"python", the rl_readline_name that inputrc's <c>$if Python</c> tests: allocated once, for the
    /// life of the process, since readline keeps the pointer.</summary>
    public static readonly nint PythonName = Marshal.StringToHGlobalAnsi("python");

    public static int ReadInt(nint address) => address == 0 ? 0 : *(int*)address;
    public static void WriteInt(nint address, int value) { if (address != 0) *(int*)address = value; }
    public static nint ReadPointer(nint address) => address == 0 ? 0 : *(nint*)address;
    public static void WritePointer(nint address, nint value) { if (address != 0) *(nint*)address = value; }

    [LibraryImport(Lib)] public static partial int rl_parse_and_bind(byte* line);
    [LibraryImport(Lib)] public static partial int rl_read_init_file(byte* filename);
    [LibraryImport(Lib)] public static partial int rl_variable_bind(byte* name, byte* value);
    [LibraryImport(Lib)] public static partial int rl_initialize();
    [LibraryImport(Lib)] public static partial int rl_insert_text(byte* text);
    [LibraryImport(Lib)] public static partial void rl_redisplay();
    [LibraryImport(Lib)] public static partial int rl_bind_key(int key, nint function);
    [LibraryImport(Lib)] public static partial int rl_bind_key_in_map(int key, nint function, nint map);
    [LibraryImport(Lib)] public static partial void rl_callback_handler_install(byte* prompt, nint handler);
    [LibraryImport(Lib)] public static partial void rl_callback_read_char();
    [LibraryImport(Lib)] public static partial void rl_callback_handler_remove();
    [LibraryImport(Lib)] public static partial void rl_callback_sigcleanup();
    [LibraryImport(Lib)] public static partial void rl_free_line_state();
    [LibraryImport(Lib)] public static partial void rl_cleanup_after_signal();
    [LibraryImport(Lib)] public static partial void rl_prep_terminal(int metaFlag);
    [LibraryImport(Lib)] public static partial nint rl_completion_matches(byte* text, nint generator);

    [LibraryImport(Lib, SetLastError = true)] public static partial int read_history(byte* filename);
    [LibraryImport(Lib, SetLastError = true)] public static partial int write_history(byte* filename);
    [LibraryImport(Lib, SetLastError = true)] public static partial int append_history(int count, byte* filename);
    [LibraryImport(Lib)] public static partial int history_truncate_file(byte* filename, int lines);
    [LibraryImport(Lib)] public static partial void add_history(byte* line);
    [LibraryImport(Lib)] public static partial nint remove_history(int which);
    [LibraryImport(Lib)] public static partial nint replace_history_entry(int which, byte* line, nint data);
    [LibraryImport(Lib)] public static partial nint free_history_entry(nint entry);
    [LibraryImport(Lib)] public static partial nint history_get(int offset);
    [LibraryImport(Lib)] public static partial void clear_history();
    [LibraryImport(Lib)] public static partial void using_history();

    /// <summary>A HIST_ENTRY's line (its first field).</summary>
    public static byte* EntryLine(nint entry) => *(byte**)entry;

    /// <summary>_py_free_history_entry: the entry, its line and timestamp (free_history_entry), and its data.</summary>
    public static void FreeEntry(nint entry)
    {
        nint data = free_history_entry(entry);
        if (data != 0) NativeMemory.Free((void*)data);
    }

    /// <summary>A C string's bytes (without the NUL).</summary>
    public static ReadOnlySpan<byte> Span(byte* s) => s == null ? default : MemoryMarshal.CreateReadOnlySpanFromNullTerminated(s);

    /// <summary>strdup into malloc'd memory (NativeMemory.Alloc is malloc on Unix): readline frees what it is given.</summary>
    public static byte* Strdup(ReadOnlySpan<byte> s)
    {
        var p = (byte*)NativeMemory.Alloc((nuint)s.Length + 1);
        s.CopyTo(new Span<byte>(p, s.Length));
        p[s.Length] = 0;
        return p;
    }
}
