namespace Kaa.Runtime;

/// <summary>
/// readline's per-interpreter state (CPython's readlinestate plus the settings readline.c keeps in C
/// statics): the Python hooks and completer, the last completion's indexes, the history length used to
/// truncate history files, automatic history, and the word-break string this interpreter installed.
/// libreadline itself (its history list, key bindings, the line being edited) is one per process.
/// </summary>
internal sealed class ReadlineState
{
    public PyObject? Completer;
    public PyObject? StartupHook;
    public PyObject? PreInputHook;
    public PyObject? DisplayMatchesHook;
    public PyObject BegIdx = PyInt.Create(0);
    public PyObject EndIdx = PyInt.Create(0);

    /// <summary>set_history_length: -1 does not truncate history files.</summary>
    public int HistoryLength = -1;

    /// <summary>set_auto_history: a line read by input() is added to the history.</summary>
    public bool AutoHistory = true;

    /// <summary>The malloc'd string last given to rl_completer_word_break_characters (freed when replaced).</summary>
    public nint WordBreakCharacters;

    /// <summary>The module was imported: input() on a terminal reads through readline (PyOS_ReadlineFunctionPointer).</summary>
    public bool Installed;
}
