namespace Kaa.Runtime;

/// <summary><c>_stat</c>: the S_* constants and S_IS*/S_IMODE/S_IFMT/filemode (Modules/_stat.c).</summary>
internal static class StatModule
{
    private const string Doc = "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n";

    private const uint S_IFMT = 0xF000;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_stat", Doc);
        foreach (var (name, value) in StatConstants.All) m.Set(name, PyInt.Create(value));
        AddTest(m, "S_ISDIR", 0x4000, "directory");
        AddTest(m, "S_ISCHR", 0x2000, "character special device file");
        AddTest(m, "S_ISBLK", 0x6000, "block special device file");
        AddTest(m, "S_ISREG", 0x8000, "regular file");
        AddTest(m, "S_ISFIFO", 0x1000, "FIFO (named pipe)");
        AddTest(m, "S_ISLNK", 0xA000, "symbolic link");
        AddTest(m, "S_ISSOCK", 0xC000, "socket file");
        AddTest(m, "S_ISDOOR", 0xFFFFFFFF, "door");
        AddTest(m, "S_ISPORT", 0xFFFFFFFF, "event port");
        AddTest(m, "S_ISWHT", 0xFFFFFFFF, "whiteout");
        m.AddFunction("S_IMODE", static (ts, self, arg) => Mode(ts, arg, out uint mode) ? PyInt.Create((long)(mode & 0xFFF)) : null,
            "Return the portion of the file's mode that can be set by os.chmod().");
        m.AddFunction("S_IFMT", static (ts, self, arg) => Mode(ts, arg, out uint mode) ? PyInt.Create((long)(mode & S_IFMT)) : null,
            "Return the portion of the file's mode that describes the file type.");
        m.AddFunction("filemode", static (ts, self, arg) => Mode(ts, arg, out uint mode) ? PyStr.FromChars(FileMode(mode)) : null,
            "Convert a file's mode to a string of the form '-rwxrwxrwx'");
        return m;
    }

    private static void AddTest(PyModule m, string name, uint kind, string what)
    {
        // The kinds Linux does not have (door, port, whiteout) are never true: 0xFFFFFFFF matches no S_IFMT value.
        m.AddFunction(new MethodDef(name, (ts, self, arg) => Mode(ts, arg, out uint mode) ? PyBool.From((mode & S_IFMT) == kind) : null,
            $"{name}(mode) -> bool\n\nReturn True if mode is from a {what}."));
    }

    /// <summary>_PyLong_AsMode_t: an int that fits mode_t (unsigned 32 bits).</summary>
    private static bool Mode(ThreadState ts, PyObject obj, out uint mode)
    {
        mode = 0;
        if (obj is not PyInt i)
        {
            if (obj.Type.Index is null) { ts.SetError(PyExc.TypeError, "an integer is required"); return false; }
            i = Protocols.Index(ts, obj)!;
            if (i is null) return false;
        }
        if (i.Sign < 0)
        {
            ts.SetError(PyExc.OverflowError, "can't convert negative value to unsigned int");
            return false;
        }
        if (!i.TryGetLong(out long v) || v > uint.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "mode out of range");
            return false;
        }
        mode = (uint)v;
        return true;
    }

    private static string FileMode(uint mode)
    {
        Span<char> s = stackalloc char[10];
        s[0] = (mode & S_IFMT) switch
        {
            0x8000 => '-', 0x4000 => 'd', 0xA000 => 'l', 0x6000 => 'b', 0x2000 => 'c', 0x1000 => 'p', 0xC000 => 's',
            _ => '?',
        };
        s[1] = (mode & 0x100) != 0 ? 'r' : '-';
        s[2] = (mode & 0x80) != 0 ? 'w' : '-';
        s[3] = (mode & 0x800) != 0 ? ((mode & 0x40) != 0 ? 's' : 'S') : ((mode & 0x40) != 0 ? 'x' : '-');
        s[4] = (mode & 0x20) != 0 ? 'r' : '-';
        s[5] = (mode & 0x10) != 0 ? 'w' : '-';
        s[6] = (mode & 0x400) != 0 ? ((mode & 0x8) != 0 ? 's' : 'S') : ((mode & 0x8) != 0 ? 'x' : '-');
        s[7] = (mode & 0x4) != 0 ? 'r' : '-';
        s[8] = (mode & 0x2) != 0 ? 'w' : '-';
        s[9] = (mode & 0x200) != 0 ? ((mode & 0x1) != 0 ? 't' : 'T') : ((mode & 0x1) != 0 ? 'x' : '-');
        return new string(s);
    }
}
