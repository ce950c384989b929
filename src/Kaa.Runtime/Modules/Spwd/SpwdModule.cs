using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary><c>spwd</c> (Modules/spwdmodule.c): the shadow password database through glibc's getspnam and
/// getspent. Reading it needs root; otherwise getspnam fails with the errno glibc reports (EACCES).</summary>
internal static unsafe partial class SpwdModule
{
    private static readonly StructSequenceLayout Layout = new("spwd.struct_spwd",
        ["sp_namp", "sp_pwdp", "sp_lstchg", "sp_min", "sp_max", "sp_warn", "sp_inact", "sp_expire", "sp_flag", "sp_nam", "sp_pwd"],
        visibleCount: 9);

    private static readonly PyType StructSpwd = PyStructSequence.NewType(Layout, true,
        "spwd.struct_spwd: Results from getsp*() routines.\n\nThis object may be accessed either as a 9-tuple of\n  (sp_namp,sp_pwdp,sp_lstchg,sp_min,sp_max,sp_warn,sp_inact,sp_expire,sp_flag)\nor via the object attributes as named in the above tuple.");

    /// <summary>glibc's struct spwd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Spwd
    {
        public byte* Namp, Pwdp;
        public nint Lstchg, Min, Max, Warn, Inact, Expire;
        public nuint Flag;
    }

    [LibraryImport("libc", EntryPoint = "getspnam", SetLastError = true)] private static partial Spwd* getspnam(byte* name);
    [LibraryImport("libc", EntryPoint = "getspent")] private static partial Spwd* getspent();
    [LibraryImport("libc", EntryPoint = "setspent")] private static partial void setspent();
    [LibraryImport("libc", EntryPoint = "endspent")] private static partial void endspent();

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("spwd", "This module provides access to the Unix shadow password database.\nIt is available on various Unix versions.\n\nShadow password database entries are reported as 9-tuples of type struct_spwd,\ncontaining the following items from the password database (see `<shadow.h>'):\nsp_namp, sp_pwdp, sp_lstchg, sp_min, sp_max, sp_warn, sp_inact, sp_expire, sp_flag.\nThe sp_namp and sp_pwdp are strings, the rest are integers.\nAn exception is raised if the entry asked for cannot be found.\nYou have to be root to be able to use this module.");
        m.Set("struct_spwd", StructSpwd);
        m.AddFunction("getspnam", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"getspnam() argument must be str, not {(arg is PyNone ? "None" : arg.Type.Name)}");
            var name = FsEncoding.Encode(ts, s);
            if (name is null) return null;
            if (Array.IndexOf(name, (byte)0) >= 0) return ts.ValueError("embedded null byte");
            Spwd* p;
            fixed (byte* n = (byte[])[.. name, 0]) p = getspnam(n);
            if (p is null)
            {
                int errno = Marshal.GetLastPInvokeError();
                // glibc reports ENOENT for a missing name in some versions: CPython only looks at errno != 0.
                return errno != 0 ? PosixErrors.Raise(ts, errno) : ts.KeyError(PyStr.Create("getspnam(): name not found"));
            }
            return Entry(*p);
        }, "Return the shadow password database entry for the given user name.\n\nSee `help(spwd)` for more on shadow password database entries.");
        m.AddFunction("getspall", static (ts, self) =>
        {
            var list = new PyList();
            setspent();
            Spwd* p;
            while ((p = getspent()) is not null) list.Append(Entry(*p));
            endspent();
            return list;
        }, "Return a list of all available shadow password database entries, in arbitrary order.\n\nSee `help(spwd)` for more on shadow password database entries.");
        return m;
    }

    private static PyObject Text(byte* s) => s is null ? PyNone.Instance : FsEncoding.Decode(Libc.CString(s));

    /// <summary>The fields as C longs (sp_flag, unsigned in C, read as a long: -1 when unset).</summary>
    private static PyObject Entry(in Spwd p) => PyStructSequence.Create(StructSpwd, Layout,
    [
        Text(p.Namp), Text(p.Pwdp), PyInt.Create((long)p.Lstchg), PyInt.Create((long)p.Min), PyInt.Create((long)p.Max),
        PyInt.Create((long)p.Warn), PyInt.Create((long)p.Inact), PyInt.Create((long)p.Expire), PyInt.Create((long)p.Flag),
        Text(p.Namp), Text(p.Pwdp),
    ]);
}
