namespace Kaa.Runtime;

/// <summary>
/// The declared signature of a builtin (what Argument Clinic generates in CPython): parameter names,
/// how many are positional-only, how many are required, which are keyword-only. <see cref="Parse"/>
/// places the call's arguments into slots and raises CPython's TypeError messages for bad calls.
/// Declare one per function, statically (it is immutable).
/// </summary>
public sealed class ArgSpec
{
    public readonly string FunctionName;
    public readonly string[] Names;
    /// <summary>Parameters before the <c>/</c>.</summary>
    public readonly int PositionalOnly;
    /// <summary>Parameters that may be passed positionally (those before the <c>*</c>).</summary>
    public readonly int MaxPositional;
    /// <summary>Required parameters, counted from the first.</summary>
    public readonly int Required;
    /// <summary>Required keyword-only parameters (after <see cref="MaxPositional"/>).</summary>
    public readonly int RequiredKeywordOnly;

    /// <param name="name">The function's name as its messages show it ("insert", "split").</param>
    /// <param name="names">All parameter names in order.</param>
    /// <param name="positionalOnly">How many leading parameters are positional-only (all by default).</param>
    /// <param name="required">How many leading parameters are required.</param>
    /// <param name="maxPositional">How many can be given positionally (the rest are keyword-only); all by default.</param>
    public ArgSpec(string name, string[] names, int required, int positionalOnly = -1, int maxPositional = -1, int requiredKeywordOnly = 0)
    {
        FunctionName = name;
        Names = names;
        Required = required;
        MaxPositional = maxPositional < 0 ? names.Length : maxPositional;
        PositionalOnly = positionalOnly < 0 ? MaxPositional : positionalOnly;
        RequiredKeywordOnly = requiredKeywordOnly;
    }

    private bool AcceptsKeywords => PositionalOnly < Names.Length;

    /// <summary>
    /// Fills <paramref name="slots"/> (length ≥ <see cref="Names"/>.Length) with the arguments, null for
    /// those not given. False with TypeError set on a bad call.
    /// </summary>
    public bool Parse(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Span<PyObject?> slots)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        slots[..Names.Length].Clear();
        if (npos > MaxPositional)
        {
            if (!AcceptsKeywords)
                return Fail(ts, MaxPositional == Required
                    ? $"{FunctionName} expected {Plural(MaxPositional)}, got {npos}"
                    : $"{FunctionName} expected at most {Plural(MaxPositional)}, got {npos}");
            if (MaxPositional == 0) return Fail(ts, $"{FunctionName}() takes no positional arguments");
            return Fail(ts, MaxPositional == Required
                ? $"{FunctionName}() takes exactly {Plural(MaxPositional)} ({npos} given)"
                : $"{FunctionName}() takes at most {Plural(MaxPositional)} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) slots[i] = args[i];
        if (nkw > 0)
        {
            if (!AcceptsKeywords && MaxPositional == Names.Length)
                return Fail(ts, $"{FunctionName}() takes no keyword arguments");
            for (int k = 0; k < nkw; k++)
            {
                var key = (PyStr)kwnames!.Items[k];
                int index = IndexOf(key.ToString());
                if (index < 0 || index < PositionalOnly)
                {
                    if (index >= 0 || !AcceptsKeywords)
                        return Fail(ts, $"'{key}' is an invalid keyword argument for {FunctionName}()");
                    return Fail(ts, $"'{key}' is an invalid keyword argument for {FunctionName}()");
                }
                if (slots[index] is not null)
                    return Fail(ts, $"argument for {FunctionName}() given by name ('{key}') and position ({index + 1})");
                slots[index] = args[npos + k];
            }
        }
        for (int i = 0; i < Required; i++)
        {
            if (slots[i] is null)
            {
                if (!AcceptsKeywords)
                    return Fail(ts, MaxPositional == Required
                        ? $"{FunctionName} expected {Plural(Required)}, got {npos}"
                        : $"{FunctionName} expected at least {Plural(Required)}, got {npos}");
                if (i < PositionalOnly)
                    return Fail(ts, $"{FunctionName}() takes at least {Plural(Required)} ({npos} given)");
                return Fail(ts, $"{FunctionName}() missing required argument '{Names[i]}' (pos {i + 1})");
            }
        }
        for (int i = MaxPositional; i < MaxPositional + RequiredKeywordOnly; i++)
            if (slots[i] is null)
                return Fail(ts, $"{FunctionName}() missing required keyword-only argument '{Names[i]}'");
        return true;
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < Names.Length; i++)
            if (Names[i] == name) return i;
        return -1;
    }

    private static string Plural(int n) => n == 1 ? "1 argument" : $"{n} arguments";

    private static bool Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return false;
    }
}

/// <summary>Inline storage for up to 8 parsed arguments (no allocation): <c>var a = new ArgBuffer(); spec.Parse(ts, args, kw, a)</c>.</summary>
[System.Runtime.CompilerServices.InlineArray(8)]
public struct ArgBuffer
{
    private PyObject? _first;
}
