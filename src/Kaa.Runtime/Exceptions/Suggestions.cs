using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The "Did you mean" suggestion of an uncaught AttributeError or NameError (Python/suggestions.c): the
/// closest name by a Levenshtein distance where a case change costs 1 and any other edit 2, among
/// <c>dir(obj)</c>, or the failing frame's local variables, then its globals, then its builtins.
/// </summary>
internal static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggested name, or null (errors while looking are cleared).</summary>
    public static string? For(ThreadState ts, PyBaseException exc)
    {
        string? result = null;
        var saved = ts.FetchError();
        if (exc is PyAttributeError ae) result = ForAttribute(ts, ae);
        else if (exc is PyNameError ne) result = ForName(ne);
        ts.CurrentException = saved;
        return result;
    }

    private static string? ForAttribute(ThreadState ts, PyAttributeError exc)
    {
        if (exc.Name is not PyStr name || name.Type != BuiltinTypes.Str || exc.Obj is null) return null;
        var dirFunction = ts.Interp.Builtins.GetStr("dir");
        if (dirFunction is null) return null;
        var dir = Protocols.Call1(ts, dirFunction, exc.Obj);
        if (dir is not PyList list) { ts.ClearError(); return null; }
        var names = new List<PyObject>(list.AsSpan().ToArray());
        return Calculate(names, name);
    }

    private static string? ForName(PyNameError exc)
    {
        if (exc.Name is not PyStr name || name.Type != BuiltinTypes.Str || exc.Traceback is null) return null;
        var tb = exc.Traceback;
        while (tb.Next is not null) tb = tb.Next;
        var frame = tb.Frame;
        var code = frame.Code;
        var varnames = new List<PyObject>();
        for (int i = 0; i < code.LocalsPlusNames.Length; i++)
            if ((code.LocalsPlusKinds[i] & 0x20) != 0) varnames.Add(code.LocalsPlusNames[i]); // CO_FAST_LOCAL
        return Calculate(varnames, name)
            ?? Calculate(frame.Globals.KeysSnapshot(), name)
            ?? Calculate(frame.Builtins.KeysSnapshot(), name);
    }

    private static string? Calculate(List<PyObject> dir, PyStr name)
    {
        if (dir.Count >= MaxCandidateItems) return null;
        byte[] target = Encoding.UTF8.GetBytes(name.ToString());
        int bestDistance = int.MaxValue;
        string? best = null;
        foreach (var item in dir)
        {
            if (item is not PyStr s) return null;
            string text = s.ToString();
            if (text == name.ToString()) continue;
            byte[] candidate = Encoding.UTF8.GetBytes(text);
            // No more than a third of the characters involved may need changing.
            int maxDistance = (target.Length + candidate.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1);
            int distance = Levenshtein(target, candidate, maxDistance);
            if (distance > maxDistance) continue;
            if (best is null || distance < bestDistance)
            {
                best = text;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    private static int Levenshtein(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<int> buffer = stackalloc int[MaxStringSize];
        int tmp = MoveCost;
        for (int i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            byte code = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                int substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
