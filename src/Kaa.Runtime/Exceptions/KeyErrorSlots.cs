namespace Kaa.Runtime;

/// <summary>KeyError's one difference: with exactly one argument its str is the repr of the key, so that
/// <c>{}['']</c> reports <c>KeyError: ''</c>.</summary>
internal static class KeyErrorSlots
{
    internal static void Install(PyType type)
    {
        type.Str = static (ts, self) =>
        {
            var args = ((PyBaseException)self).Args;
            return args.Length == 1 ? Protocols.Repr(ts, args.Items[0]) : ExceptionSlots.StrOfArgs(ts, args);
        };
    }
}
