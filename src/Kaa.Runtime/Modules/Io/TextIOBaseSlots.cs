namespace Kaa.Runtime;

/// <summary><c>_io._TextIOBase</c>: every operation unsupported; encoding, errors and newlines are None.</summary>
internal static class TextIOBaseSlots
{
    internal static void Install(PyType type)
    {
        type.AddMethod("read", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "read"));
        type.AddMethod("readline", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "readline"));
        type.AddMethod("write", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "write"));
        type.AddMethod("detach", static (ts, self) => IoSupport.Unsupported(ts, "detach"));
        type.AddGetSet("encoding", static (ts, self) => PyNone.Instance);
        type.AddGetSet("newlines", static (ts, self) => PyNone.Instance);
        type.AddGetSet("errors", static (ts, self) => PyNone.Instance);
    }
}
