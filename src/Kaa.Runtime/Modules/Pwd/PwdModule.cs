namespace Kaa.Runtime;

/// <summary><c>pwd</c> (Modules/pwdmodule.c): the password database through getpwuid_r/getpwnam_r/getpwent.</summary>
internal static unsafe class PwdModule
{
    public static readonly StructSequenceLayout Layout = new("pwd.struct_passwd",
        ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"]);

    public static readonly PyType StructPasswd = PyStructSequence.NewType(Layout, true,
        "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.");

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("pwd", "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.");
        m.Set("struct_passwd", StructPasswd);
        m.AddFunction("getpwuid", static (ts, self, arg) =>
        {
            if (!PosixArgs.Id(ts, arg, "uid", out int uid))
            {
                if (!ts.ErrorMatches(PyExc.OverflowError)) return null;
                ts.ClearError();
                return ts.KeyError(PyStr.Intern("getpwuid(): uid not found"));
            }
            var buf = new byte[16384];
            Passwd pw;
            Passwd* result = null;
            int r;
            fixed (byte* b = buf) r = Libc.getpwuid_r(uid, &pw, b, buf.Length, &result);
            if (result is null)
            {
                if (r != 0 && r != Libc.ENOENT) return PosixErrors.Raise(ts, r);
                return ts.KeyError(PyStr.Create($"getpwuid(): uid not found: {(uint)uid}"));
            }
            return FromPasswd(pw);
        });
        m.AddFunction("getpwnam", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"getpwnam() argument must be str, not {arg.Type.Name}");
            var name = PosixModule.FsConvert(ts, s);
            if (name is null) return null;
            var buf = new byte[16384];
            Passwd pw;
            Passwd* result = null;
            int r;
            fixed (byte* b = buf)
            fixed (byte* n = name)
                r = Libc.getpwnam_r(n, &pw, b, buf.Length, &result);
            if (result is null)
            {
                if (r != 0 && r != Libc.ENOENT) return PosixErrors.Raise(ts, r);
                var repr = Protocols.Repr(ts, s);
                if (repr is null) return null;
                return ts.KeyError(PyStr.Create($"getpwnam(): name not found: {repr}"));
            }
            return FromPasswd(pw);
        });
        m.AddFunction("getpwall", static (ts, self) =>
        {
            var list = new PyList();
            Libc.setpwent();
            Passwd* p;
            while ((p = Libc.getpwent()) is not null) list.Append(FromPasswd(*p));
            Libc.endpwent();
            return list;
        });
        return m;
    }

    private static PyObject Text(byte* s) => s is null ? PyNone.Instance : FsEncoding.Decode(Libc.CString(s));

    private static PyObject FromPasswd(in Passwd pw) => PyStructSequence.Create(StructPasswd, Layout,
    [
        Text(pw.Name), Text(pw.Passwd_), PosixArgs.IdObject(pw.Uid), PosixArgs.IdObject(pw.Gid),
        Text(pw.Gecos), Text(pw.Dir), Text(pw.Shell),
    ]);
}
