namespace Kaa.Runtime;

/// <summary>The struct sequence types of posix other than stat_result (their names and docs as CPython's).</summary>
internal static class PosixResultTypes
{
    public static readonly StructSequenceLayout StatVfsLayout = new("os.statvfs_result",
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"], visibleCount: 10);
    public static readonly PyType StatVfsResult = PyStructSequence.NewType(StatVfsLayout, true,
        "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.");

    public static readonly StructSequenceLayout TerminalSizeLayout = new("os.terminal_size", ["columns", "lines"]);
    public static readonly PyType TerminalSize = PyStructSequence.NewType(TerminalSizeLayout, true,
        "A tuple of (columns, lines) for holding terminal window size");

    public static readonly StructSequenceLayout TimesLayout = new("posix.times_result",
        ["user", "system", "children_user", "children_system", "elapsed"]);
    public static readonly PyType TimesResult = PyStructSequence.NewType(TimesLayout, true,
        "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.");

    public static readonly StructSequenceLayout UnameLayout = new("posix.uname_result",
        ["sysname", "nodename", "release", "version", "machine"]);
    public static readonly PyType UnameResult = PyStructSequence.NewType(UnameLayout, true,
        "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.");

    public static readonly StructSequenceLayout WaitIdLayout = new("posix.waitid_result",
        ["si_pid", "si_uid", "si_signo", "si_status", "si_code"]);
    public static readonly PyType WaitIdResult = PyStructSequence.NewType(WaitIdLayout, true,
        "waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.");

    public static readonly StructSequenceLayout SchedParamLayout = new("posix.sched_param", ["sched_priority"]);
    public static readonly PyType SchedParam = PyStructSequence.NewType(SchedParamLayout, true,
        "Currently has only one field: sched_priority\n\n  sched_priority\n    A scheduling parameter.");
}
