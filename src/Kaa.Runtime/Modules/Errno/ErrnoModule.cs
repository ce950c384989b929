namespace Kaa.Runtime;

/// <summary><c>errno</c>: the errno names and <c>errorcode</c> (Modules/errnomodule.c).</summary>
internal static class ErrnoModule
{
    private const string Doc = "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("errno", Doc);
        var errorcode = new PyDict();
        m.Set("errorcode", errorcode);
        foreach (var (name, value) in ErrnoTable.All)
        {
            var n = PyStr.Intern(name);
            var v = PyInt.Create(value);
            m.Set(name, v);
            if (!errorcode.SetItem(ts, v, n)) return null;
        }
        return m;
    }
}
