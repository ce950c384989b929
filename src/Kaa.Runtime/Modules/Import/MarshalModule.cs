namespace Kaa.Runtime;

/// <summary>The <c>marshal</c> module (Python/marshal.c): dump, dumps, load, loads, version.</summary>
internal static class MarshalModule
{
    /// <summary>Py_MARSHAL_VERSION.</summary>
    public const int CurrentVersion = 4;

    private const string Doc =
        "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nshould be understood that tuples, lists and dictionaries are only\nsupported as long as the values contained therein are themselves\nsupported; and recursive lists and dictionaries should not be written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\ndumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object";

    private static readonly ArgSpec s_dump = new("dump", ["value", "file", "version"], required: 2);
    private static readonly ArgSpec s_dumps = new("dumps", ["value", "version"], required: 1);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("marshal", Doc);
        m.AddFunction("dump", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[3];
            if (!s_dump.Parse(ts, args, kw, a)) return null;
            if (!Version(ts, a[2], out int version)) return null;
            var data = MarshalWriter.Dump(ts, a[0]!, version);
            if (data is null) return null;
            return Protocols.CallMethod(ts, a[1]!, "write", [PyBytes.Create(data)]);
        }, "Write the value on the open file.\n\n  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n    Indicates the data format that dump should use.\n\nIf the value has (or contains an object that has) an unsupported type, a\nValueError exception is raised - but garbage data will also be written\nto the file. The object will not be properly read back by load().");
        m.AddFunction("load", static (ts, self, file) =>
        {
            // As CPython: a zero-byte read first checks that read() returns bytes.
            var probe = Protocols.CallMethod(ts, file, "read", [PyInt.Zero]);
            if (probe is null) return null;
            if (probe is not PyBytes) return ts.TypeError($"file.read() returned not bytes but {probe.Type.Name}");
            return MarshalReader.LoadFromFile(ts, file);
        }, "Read one value from the open file and return it.\n\n  file\n    Must be readable binary file.\n\nIf no valid value is read (e.g. because the data has a different Python\nversion's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\nNote: If an object containing an unsupported type was marshalled with\ndump(), load() will substitute None for the unmarshallable type.");
        m.AddFunction("dumps", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_dumps.Parse(ts, args, kw, a)) return null;
            if (!Version(ts, a[1], out int version)) return null;
            var data = MarshalWriter.Dump(ts, a[0]!, version);
            return data is null ? null : PyBytes.Create(data);
        }, "Return the bytes object that would be written to a file by dump(value, file).\n\n  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n\nRaise a ValueError exception if value has (or contains an object that has) an\nunsupported type.");
        m.AddFunction("loads", static (ts, self, arg) =>
        {
            if (arg is PyBytes b) return MarshalReader.Load(ts, b.Value);
            if (!Protocols.HasBuffer(arg)) return ts.TypeError($"a bytes-like object is required, not '{arg.Type.Name}'");
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            var data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
            return MarshalReader.Load(ts, data);
        }, "Convert the bytes-like object to a value.\n\nIf no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored.");
        m.Set("version", PyInt.Create(CurrentVersion));
        return m;
    }

    /// <summary>The optional version argument: an int that fits a C int (CPython's "i" converter).</summary>
    private static bool Version(ThreadState ts, PyObject? arg, out int version)
    {
        version = CurrentVersion;
        if (arg is null) return true;
        if (arg is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!Protocols.AsIndex(ts, arg, out long v, PyExc.OverflowError)) return false;
        if (v > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "signed integer is greater than maximum");
            return false;
        }
        if (v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "signed integer is less than minimum");
            return false;
        }
        version = (int)v;
        return true;
    }
}
