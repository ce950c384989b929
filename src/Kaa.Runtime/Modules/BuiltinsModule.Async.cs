namespace Kaa.Runtime;

/// <summary>aiter() and anext(): the async counterparts of iter() and next().</summary>
internal static partial class BuiltinsModuleFactory
{
    private static void AddAsyncIterationFunctions(PyModule m)
    {
        m.AddFunction("aiter", static (ts, self, obj) =>
        {
            if (obj.Type.Lookup("__aiter__") is null) return ts.TypeError($"'{obj.Type.Name}' object is not an async iterable");
            var it = Protocols.CallMethod(ts, obj, "__aiter__", []);
            if (it is null) return null;
            if (it.Type.Lookup("__anext__") is null) return ts.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        });
        m.AddFunction("anext", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "anext", kw)) return null;
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length == 0 ? "anext expected at least 1 argument, got 0" : $"anext expected at most 2 arguments, got {args.Length}");
            var it = args[0];
            if (it.Type.Lookup("__anext__") is null) return ts.TypeError($"'{it.Type.Name}' object is not an async iterator");
            var awaitable = Protocols.CallMethod(ts, it, "__anext__", []);
            if (awaitable is null || args.Length == 1) return awaitable;
            return new PyANextAwaitable(awaitable, args[1]);
        });
    }
}
