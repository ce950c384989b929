using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The <c>_uuid</c> module over the system libuuid (libuuid.so.1, Debian's libuuid1, as CPython's _uuid):
/// <c>generate_time_safe()</c> for uuid.uuid1.
/// </summary>
internal static unsafe partial class UuidModule
{
    [LibraryImport("libuuid.so.1", EntryPoint = "uuid_generate_time_safe")]
    private static partial int GenerateTimeSafe(byte* uuid);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_uuid", null);
        m.Set("has_uuid_generate_time_safe", PyInt.Create(1));
        m.AddFunction("generate_time_safe", static (ts, _) =>
        {
            var uuid = new byte[16];
            int safe;
            fixed (byte* p = uuid) safe = GenerateTimeSafe(p);
            return PyTuple.Create(PyBytes.Create(uuid), PyInt.Create(safe));
        });
        return m;
    }
}
