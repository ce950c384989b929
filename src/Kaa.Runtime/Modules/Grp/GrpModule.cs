namespace Kaa.Runtime;

/// <summary><c>grp</c> (Modules/grpmodule.c): the group database through getgrgid_r/getgrnam_r/getgrent.</summary>
internal static unsafe class GrpModule
{
    public static readonly StructSequenceLayout Layout = new("grp.struct_group", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"]);

    public static readonly PyType StructGroup = PyStructSequence.NewType(Layout, true,
        "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n");

    private static readonly ArgSpec GidSpec = new("getgrgid", ["id"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec NameSpec = new("getgrnam", ["name"], required: 1, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("grp", "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)");
        m.Set("struct_group", StructGroup);
        m.AddFunction("getgrgid", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!GidSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Id(ts, a[0]!, "gid", out int gid))
            {
                if (!ts.ErrorMatches(PyExc.OverflowError)) return null;
                ts.ClearError();
                return ts.KeyError(PyStr.Intern("getgrgid(): gid not found"));
            }
            for (int size = 16384; ; size *= 4)
            {
                var buf = new byte[size];
                Group g;
                Group* result = null;
                int r;
                fixed (byte* b = buf) r = Libc.getgrgid_r(gid, &g, b, size, &result);
                if (r == Libc.ERANGE) continue;
                if (result is null)
                {
                    if (r != 0 && r != Libc.ENOENT) return PosixErrors.Raise(ts, r);
                    return ts.KeyError(PyStr.Create($"getgrgid(): gid not found: {(uint)gid}"));
                }
                return FromGroup(g);
            }
        });
        m.AddFunction("getgrnam", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!NameSpec.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr s) return ts.TypeError($"getgrnam() argument 'name' must be str, not {a[0]!.Type.Name}");
            var name = PosixModule.FsConvert(ts, s);
            if (name is null) return null;
            for (int size = 16384; ; size *= 4)
            {
                var buf = new byte[size];
                Group g;
                Group* result = null;
                int r;
                fixed (byte* b = buf)
                fixed (byte* n = name)
                    r = Libc.getgrnam_r(n, &g, b, size, &result);
                if (r == Libc.ERANGE) continue;
                if (result is null)
                {
                    if (r != 0 && r != Libc.ENOENT) return PosixErrors.Raise(ts, r);
                    var repr = Protocols.Repr(ts, s);
                    if (repr is null) return null;
                    return ts.KeyError(PyStr.Create($"getgrnam(): name not found: {repr}"));
                }
                return FromGroup(g);
            }
        });
        m.AddFunction("getgrall", static (ts, self) =>
        {
            var list = new PyList();
            Libc.setgrent();
            Group* p;
            while ((p = Libc.getgrent()) is not null) list.Append(FromGroup(*p));
            Libc.endgrent();
            return list;
        });
        return m;
    }

    private static PyObject Text(byte* s) => s is null ? PyNone.Instance : FsEncoding.Decode(Libc.CString(s));

    private static PyObject FromGroup(in Group g)
    {
        var members = new PyList();
        if (g.Members is not null)
            for (byte** m = g.Members; *m is not null; m++) members.Append(Text(*m));
        return PyStructSequence.Create(StructGroup, Layout, [Text(g.Name), Text(g.Passwd), PosixArgs.IdObject(g.Gid), members]);
    }
}
