using System.Collections.Frozen;

namespace Kaa.Runtime;

/// <summary>sys.getsizeof and sys.getrefcount.</summary>
internal static partial class SysModule
{
    private static readonly ArgSpec s_getsizeof = new("getsizeof", ["object", "default"], required: 1, positionalOnly: 0);

    /// <summary>Builtin types whose instances CPython does not track in its garbage collector (no 16-byte GC header).</summary>
    private static readonly FrozenSet<string> s_untrackedBuiltinTypes = new[]
    {
        "int", "bool", "float", "complex", "str", "bytes", "bytearray", "NoneType", "NotImplementedType",
        "ellipsis", "range", "object", "code", "range_iterator",
        "datetime.date", "datetime.datetime", "datetime.time", "datetime.timedelta", "datetime.timezone", "datetime.tzinfo",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static void AddMemoryFunctions(PyModule m)
    {
        m.AddFunction("getsizeof", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_getsizeof.Parse(ts, args, kw, a)) return null;
            var size = SizeOf(ts, a[0]!);
            if (size is null && a[1] is { } fallback && ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                return fallback;
            }
            return size;
        }, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes.");
        m.AddFunction("getrefcount", static (ts, self, obj) => PyInt.Create(ReferenceCounter.Count(ts, obj)),
            "Return the reference count of object.\n\nThe count returned is generally one higher than you might expect,\nbecause it includes the (temporary) reference as an argument to\ngetrefcount().");
    }

    /// <summary>_PySys_GetSizeOf: <c>__sizeof__()</c> plus the memory CPython keeps before the object
    /// (the GC header, and the managed dict pointers of plain Python class instances).</summary>
    private static PyObject? SizeOf(ThreadState ts, PyObject obj)
    {
        var method = Protocols.LookupSpecial(ts, obj, PyStr.Intern("__sizeof__"));
        if (method is null)
            return ts.HasError ? null : ts.TypeError($"Type {obj.Type.Name} doesn't define __sizeof__");
        var res = Protocols.Call0(ts, method);
        if (res is null) return null;
        // PyLong_AsSsize_t: an int (subclass) only, no __index__.
        if (res is not PyInt) return ts.TypeError("an integer is required");
        if (!Protocols.AsIndex(ts, res, out long size, PyExc.OverflowError)) return null;
        if (size < 0) return ts.ValueError("__sizeof__() should return >= 0");
        return PyInt.Create(size + PreHeaderSize(obj.Type));
    }

    private static long PreHeaderSize(PyType type)
    {
        long size = IsGcTracked(type) ? 16 : 0;
        // Instances of Python classes laid out like object keep their dict pointer before the object (3.11).
        if (type.IsHeapType && type.HasInstanceDict && SolidBuiltinBase(type) == BuiltinTypes.Object) size += 16;
        return size;
    }

    private static bool IsGcTracked(PyType type)
    {
        if (!type.IsHeapType) return !s_untrackedBuiltinTypes.Contains(type.Name);
        return type.HasInstanceDict || type.SlotCount > 0 || IsGcTracked(SolidBuiltinBase(type));
    }

    private static PyType SolidBuiltinBase(PyType type)
    {
        var t = type;
        while (t.IsHeapType && t.Base is not null) t = t.Base;
        return t;
    }
}
