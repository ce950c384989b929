using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The libc functions behind <c>posix</c> and its sibling modules (Kaa runs on Linux only). Source-generated
/// P/Invoke (NativeAOT-safe); errno is read with <see cref="Marshal.GetLastPInvokeError"/> right after a call.
/// Paths are NUL-terminated byte strings (see <see cref="PathArg"/>).
/// </summary>
internal static unsafe partial class Libc
{
    private const string Lib = "libc";

    public const int AT_FDCWD = -100;
    public const int AT_SYMLINK_NOFOLLOW = 0x100;
    public const int AT_REMOVEDIR = 0x200;
    public const int AT_SYMLINK_FOLLOW = 0x400;
    public const int AT_EMPTY_PATH = 0x1000;
    public const int AT_EACCESS = 0x200;

    public const int EINTR = 4, EBADF = 9, ENOENT = 2, EINVAL = 22, ENOTDIR = 20, EAGAIN = 11, ERANGE = 34, ENOSYS = 38, ECHILD = 10;

    public static int Errno => Marshal.GetLastPInvokeError();

    // ---- files and descriptors -------------------------------------------------------------------
    [LibraryImport(Lib, EntryPoint = "openat", SetLastError = true)] public static partial int openat(int dirfd, byte* path, int flags, int mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint read(int fd, byte* buf, nint count);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint write(int fd, byte* buf, nint count);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint pread(int fd, byte* buf, nint count, long offset);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint pwrite(int fd, byte* buf, nint count, long offset);
    [LibraryImport(Lib, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial long lseek(int fd, long offset, int whence);
    [LibraryImport(Lib, SetLastError = true)] public static partial int dup(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int dup2(int fd, int fd2);
    [LibraryImport(Lib, SetLastError = true)] public static partial int dup3(int fd, int fd2, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int pipe2(int* fds, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fcntl(int fd, int cmd, long arg);
    [LibraryImport(Lib, SetLastError = true)] public static partial int ioctl(int fd, ulong request, void* arg);
    [LibraryImport(Lib, SetLastError = true)] public static partial int isatty(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int ttyname_r(int fd, byte* buf, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fsync(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fdatasync(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int ftruncate(int fd, long length);
    [LibraryImport(Lib, SetLastError = true)] public static partial int truncate(byte* path, long length);
    [LibraryImport(Lib, SetLastError = true)] public static partial int lockf(int fd, int cmd, long len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int posix_fallocate(int fd, long offset, long len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int posix_fadvise(int fd, long offset, long len, int advice);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint sendfile(int outFd, int inFd, long* offset, nint count);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint getrandom(byte* buf, nint count, uint flags);

    /// <summary>Fills <paramref name="buf"/> from the kernel's random source with getrandom, as CPython's
    /// _PyOS_URandom does. RandomNumberGenerator would load and initialise OpenSSL first (a dlopen of
    /// libssl and libcrypto: several hundred page faults), which the hash secret made at every start-up
    /// must not pay; it remains the fallback when getrandom fails.</summary>
    public static void FillRandom(Span<byte> buf)
    {
        int done = 0;
        while (done < buf.Length)
        {
            nint n;
            fixed (byte* p = buf[done..]) n = getrandom(p, buf.Length - done, 0);
            if (n > 0) done += (int)n;
            else if (n < 0 && Marshal.GetLastPInvokeError() == EINTR) continue;
            else
            {
                System.Security.Cryptography.RandomNumberGenerator.Fill(buf[done..]);
                return;
            }
        }
    }

    // ---- paths --------------------------------------------------------------------------------------
    [LibraryImport(Lib, SetLastError = true)] public static partial int statx(int dirfd, byte* path, int flags, uint mask, Statx* buf);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* getcwd(byte* buf, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int mkdirat(int dirfd, byte* path, int mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int renameat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath);
    [LibraryImport(Lib, SetLastError = true)] public static partial int unlinkat(int dirfd, byte* path, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int linkat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int symlinkat(byte* target, int newdirfd, byte* linkpath);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint readlinkat(int dirfd, byte* path, byte* buf, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchmodat(int dirfd, byte* path, int mode, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchmod(int fd, int mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchownat(int dirfd, byte* path, int owner, int group, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchown(int fd, int owner, int group);
    [LibraryImport(Lib, SetLastError = true)] public static partial int utimensat(int dirfd, byte* path, Timespec* times, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int futimens(int fd, Timespec* times);
    [LibraryImport(Lib, SetLastError = true)] public static partial int faccessat(int dirfd, byte* path, int mode, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int chdir(byte* path);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchdir(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int chroot(byte* path);
    [LibraryImport(Lib, SetLastError = true)] public static partial int mkfifoat(int dirfd, byte* path, int mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int mknodat(int dirfd, byte* path, int mode, ulong dev);
    [LibraryImport(Lib, SetLastError = true)] public static partial int statvfs(byte* path, StatVfs* buf);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fstatvfs(int fd, StatVfs* buf);
    [LibraryImport(Lib, SetLastError = true)] public static partial long pathconf(byte* path, int name);
    [LibraryImport(Lib, SetLastError = true)] public static partial long fpathconf(int fd, int name);
    [LibraryImport(Lib, SetLastError = true)] public static partial int umask(int mask);
    [LibraryImport(Lib)] public static partial void sync();

    // ---- directories ----------------------------------------------------------------------------------
    [LibraryImport(Lib, SetLastError = true)] public static partial nint opendir(byte* path);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint fdopendir(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial Dirent* readdir(nint dir);
    [LibraryImport(Lib, SetLastError = true)] public static partial int closedir(nint dir);
    [LibraryImport(Lib, SetLastError = true)] public static partial void rewinddir(nint dir);

    // ---- processes ------------------------------------------------------------------------------------
    [LibraryImport(Lib)] public static partial int getpid();
    [LibraryImport(Lib)] public static partial int getppid();
    [LibraryImport(Lib)] public static partial int getuid();
    [LibraryImport(Lib)] public static partial int geteuid();
    [LibraryImport(Lib)] public static partial int getgid();
    [LibraryImport(Lib)] public static partial int getegid();
    [LibraryImport(Lib)] public static partial int getpgrp();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpgid(int pid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setpgid(int pid, int pgid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getsid(int pid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setsid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int setuid(int uid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setgid(int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int seteuid(int uid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setegid(int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setreuid(int ruid, int euid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setregid(int rgid, int egid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getresuid(int* r, int* e, int* s);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getresgid(int* r, int* e, int* s);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setresuid(int r, int e, int s);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setresgid(int r, int e, int s);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getgroups(int size, int* list);
    [LibraryImport(Lib, SetLastError = true)] public static partial int kill(int pid, int sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial int killpg(int pgrp, int sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial int waitpid(int pid, int* status, int options);
    [LibraryImport(Lib, SetLastError = true)] public static partial int wait4(int pid, int* status, int options, RUsage* usage);
    [LibraryImport(Lib, SetLastError = true)] public static partial int waitid(int idtype, int id, SigInfo* info, int options);
    [LibraryImport(Lib, SetLastError = true)] public static partial long times(Tms* buf);
    [LibraryImport(Lib, SetLastError = true)] public static partial int uname(UtsName* buf);
    [LibraryImport(Lib, SetLastError = true)] public static partial long sysconf(int name);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint confstr(int name, byte* buf, nint len);
    [LibraryImport(Lib)] public static partial byte* strerror(int errnum);
    [LibraryImport(Lib)] public static partial byte* strsignal(int sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setenv(byte* name, byte* value, int overwrite);
    [LibraryImport(Lib, SetLastError = true)] public static partial int unsetenv(byte* name);
    [LibraryImport(Lib, EntryPoint = "getenv")] private static partial byte* getenv_native(byte* name);
    [LibraryImport(Lib, EntryPoint = "_exit")] public static partial void _exit(int status);
    [LibraryImport(Lib)] public static partial void abort();
    [LibraryImport(Lib, SetLastError = true)] public static partial int system(byte* command);
    [LibraryImport(Lib, SetLastError = true)] public static partial int execv(byte* path, byte** argv);
    [LibraryImport(Lib, SetLastError = true)] public static partial int execve(byte* path, byte** argv, byte** envp);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_getaffinity(int pid, nint size, byte* mask);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_yield();
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_get_priority_max(int policy);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_get_priority_min(int policy);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getloadavg(double* loadavg, int nelem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int nice(int inc);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpriority(int which, int who);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setpriority(int which, int who, int prio);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* getlogin();
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* ctermid(byte* s);
    [LibraryImport(Lib, SetLastError = true)] public static partial int tcgetpgrp(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int tcsetpgrp(int fd, int pgrp);

    // ---- process creation (posix_spawn: the safe way to start a child from a multi-threaded runtime) --
    [LibraryImport(Lib)] public static partial int posix_spawn(int* pid, byte* path, void* fileActions, void* attr, byte** argv, byte** envp);
    [LibraryImport(Lib)] public static partial int posix_spawnp(int* pid, byte* file, void* fileActions, void* attr, byte** argv, byte** envp);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_init(void* fa);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_destroy(void* fa);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_adddup2(void* fa, int fd, int newfd);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_addclose(void* fa, int fd);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_addopen(void* fa, int fd, byte* path, int oflag, int mode);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_addchdir_np(void* fa, byte* path);
    [LibraryImport(Lib)] public static partial int posix_spawn_file_actions_addclosefrom_np(void* fa, int from);
    [LibraryImport(Lib)] public static partial int posix_spawnattr_init(void* attr);
    [LibraryImport(Lib)] public static partial int posix_spawnattr_destroy(void* attr);
    [LibraryImport(Lib)] public static partial int posix_spawnattr_setflags(void* attr, short flags);
    [LibraryImport(Lib)] public static partial int posix_spawnattr_setpgroup(void* attr, int pgroup);
    [LibraryImport(Lib)] public static partial int posix_spawnattr_setsigdefault(void* attr, ulong* sigset);
    [LibraryImport(Lib)] public static partial int posix_spawnattr_setsigmask(void* attr, ulong* sigset);

    // ---- users and groups --------------------------------------------------------------------------------
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpwuid_r(int uid, Passwd* pwd, byte* buf, nint buflen, Passwd** result);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpwnam_r(byte* name, Passwd* pwd, byte* buf, nint buflen, Passwd** result);
    [LibraryImport(Lib)] public static partial void setpwent();
    [LibraryImport(Lib)] public static partial void endpwent();
    [LibraryImport(Lib, SetLastError = true)] public static partial Passwd* getpwent();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getgrgid_r(int gid, Group* grp, byte* buf, nint buflen, Group** result);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getgrnam_r(byte* name, Group* grp, byte* buf, nint buflen, Group** result);
    [LibraryImport(Lib)] public static partial void setgrent();
    [LibraryImport(Lib)] public static partial void endgrent();
    [LibraryImport(Lib, SetLastError = true)] public static partial Group* getgrent();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getgrouplist(byte* user, int group, int* groups, int* ngroups);

    /// <summary>The text of a NUL-terminated C string, as bytes.</summary>
    public static byte[] CString(byte* p)
    {
        if (p is null) return [];
        int n = 0;
        while (p[n] != 0) n++;
        return new ReadOnlySpan<byte>(p, n).ToArray();
    }

    /// <summary>strerror(errno) as .NET text (the messages are ASCII).</summary>
    /// <summary>
    /// The process environment's value of <paramref name="name"/> as libc sees it now (decoded as the file
    /// system encoding decodes), or null. Not Environment.GetEnvironmentVariable: the JIT runtime reads a
    /// copy of the environment taken at start-up, which os.putenv (libc setenv) does not change.
    /// </summary>
    public static string? GetEnv(string name)
    {
        byte[] n = System.Text.Encoding.UTF8.GetBytes(name + "\0");
        fixed (byte* p = n)
        {
            byte* v = getenv_native(p);
            return v is null ? null : FsEncoding.Decode(CString(v)).ToString();
        }
    }

    public static string StrError(int errno) => System.Text.Encoding.UTF8.GetString(CString(strerror(errno)));
}

/// <summary>struct timespec.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Timespec
{
    public long Sec;
    public long Nsec;
}

/// <summary>struct statx (linux/stat.h): the same layout on every architecture, which is why Kaa
/// stats files through it rather than through struct stat.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Statx
{
    public uint Mask;
    public uint BlkSize;
    public ulong Attributes;
    public uint Nlink;
    public uint Uid;
    public uint Gid;
    public ushort Mode;
    public ushort Pad0;
    public ulong Ino;
    public ulong Size;
    public ulong Blocks;
    public ulong AttributesMask;
    public StatxTimestamp Atime, Btime, Ctime, Mtime;
    public uint RdevMajor, RdevMinor, DevMajor, DevMinor;
    public ulong MntId;
    public unsafe fixed ulong Spare[13];

    /// <summary>glibc's makedev.</summary>
    public static ulong MakeDev(uint major, uint minor)
        => ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) | ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);
}

[StructLayout(LayoutKind.Sequential)]
internal struct StatxTimestamp
{
    public long Sec;
    public uint Nsec;
    public int Reserved;
}

/// <summary>struct dirent (64-bit glibc).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Dirent
{
    public ulong Ino;
    public long Off;
    public ushort RecLen;
    public byte Type;
    public fixed byte Name[256];
}

/// <summary>struct statvfs (64-bit glibc).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct StatVfs
{
    public ulong Bsize, Frsize, Blocks, Bfree, Bavail, Files, Ffree, Favail, Fsid, Flag, Namemax;
    public fixed int Spare[6];
}

/// <summary>struct tms.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Tms
{
    public long Utime, Stime, Cutime, Cstime;
}

/// <summary>struct utsname (Linux: six fields of 65 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct UtsName
{
    public fixed byte Sysname[65];
    public fixed byte Nodename[65];
    public fixed byte Release[65];
    public fixed byte Version[65];
    public fixed byte Machine[65];
    public fixed byte Domainname[65];
}

/// <summary>struct rusage (64-bit).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct RUsage
{
    public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
    public long Maxrss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
}

/// <summary>siginfo_t (128 bytes) with the fields waitid fills.</summary>
[StructLayout(LayoutKind.Explicit, Size = 128)]
internal struct SigInfo
{
    [FieldOffset(0)] public int Signo;
    [FieldOffset(4)] public int Errno;
    [FieldOffset(8)] public int Code;
    [FieldOffset(16)] public int Pid;
    [FieldOffset(20)] public int Uid;
    [FieldOffset(24)] public int Status;
}

/// <summary>struct passwd.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Passwd
{
    public byte* Name;
    public byte* Passwd_;
    public int Uid;
    public int Gid;
    public byte* Gecos;
    public byte* Dir;
    public byte* Shell;
}

/// <summary>struct group.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Group
{
    public byte* Name;
    public byte* Passwd;
    public int Gid;
    public byte** Members;
}

internal static unsafe partial class Libc
{
    [LibraryImport(Lib, SetLastError = true)] public static partial int getrusage(int who, RUsage* usage);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getrlimit(int resource, ulong* limits);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setrlimit(int resource, ulong* limits);
    [LibraryImport(Lib, SetLastError = true)] public static partial int prlimit(int pid, int resource, ulong* newLimits, ulong* oldLimits);
    [LibraryImport(Lib)] public static partial int getpagesize();
}

internal static unsafe partial class Libc
{
    [LibraryImport(Lib, SetLastError = true)] public static partial int poll(PollFd* fds, ulong nfds, int timeout);
    [LibraryImport(Lib, SetLastError = true)] public static partial int epoll_create1(int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int epoll_ctl(int epfd, int op, int fd, byte* ev);
    [LibraryImport(Lib, SetLastError = true)] public static partial int epoll_wait(int epfd, byte* events, int maxevents, int timeout);
}

/// <summary>struct pollfd.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollFd
{
    public int Fd;
    public short Events;
    public short Revents;
}

internal static unsafe partial class Libc
{
    [LibraryImport(Lib, SetLastError = true)] public static partial int flock(int fd, int operation);
    [LibraryImport(Lib, SetLastError = true, EntryPoint = "fcntl")] public static partial int fcntl_ptr(int fd, int cmd, void* arg);
    [LibraryImport(Lib, SetLastError = true, EntryPoint = "ioctl")] public static partial int ioctl_long(int fd, ulong request, long arg);
    [LibraryImport(Lib)] public static partial byte* setlocale(int category, byte* locale);
    [LibraryImport(Lib)] public static partial LConv* localeconv();
    [LibraryImport(Lib)] public static partial byte* nl_langinfo(int item);
    [LibraryImport(Lib)] public static partial int strcoll(byte* a, byte* b);
    [LibraryImport(Lib)] public static partial byte* gettext(byte* msg);
    [LibraryImport(Lib)] public static partial byte* dgettext(byte* domain, byte* msg);
    [LibraryImport(Lib)] public static partial byte* dcgettext(byte* domain, byte* msg, int category);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* textdomain(byte* domain);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* bindtextdomain(byte* domain, byte* dir);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* bind_textdomain_codeset(byte* domain, byte* codeset);
}

/// <summary>struct lconv (glibc).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LConv
{
    public byte* DecimalPoint, ThousandsSep, Grouping, IntCurrSymbol, CurrencySymbol, MonDecimalPoint, MonThousandsSep, MonGrouping, PositiveSign, NegativeSign;
    public byte IntFracDigits, FracDigits, PCsPrecedes, PSepBySpace, NCsPrecedes, NSepBySpace, PSignPosn, NSignPosn;
}

internal static unsafe partial class Libc
{
    [LibraryImport(Lib, SetLastError = true)] public static partial nint readv(int fd, IoVec* iov, int iovcnt);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint writev(int fd, IoVec* iov, int iovcnt);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint preadv2(int fd, IoVec* iov, int iovcnt, long offset, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint pwritev2(int fd, IoVec* iov, int iovcnt, long offset, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int memfd_create(byte* name, uint flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int eventfd(uint initval, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_setaffinity(int pid, nint size, byte* mask);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_getscheduler(int pid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_getparam(int pid, int* param);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_setparam(int pid, int* param);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_setscheduler(int pid, int policy, int* param);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sched_rr_get_interval(int pid, Timespec* interval);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setgroups(nint size, int* list);
    [LibraryImport(Lib, SetLastError = true)] public static partial int initgroups(byte* user, int group);
    [LibraryImport(Lib, SetLastError = true)] public static partial int openpty(int* amaster, int* aslave, byte* name, void* termp, void* winp);
    [LibraryImport(Lib, SetLastError = true)] public static partial int login_tty(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint getxattr(byte* path, byte* name, byte* value, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint lgetxattr(byte* path, byte* name, byte* value, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint fgetxattr(int fd, byte* name, byte* value, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setxattr(byte* path, byte* name, byte* value, nint size, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int lsetxattr(byte* path, byte* name, byte* value, nint size, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fsetxattr(int fd, byte* name, byte* value, nint size, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint listxattr(byte* path, byte* list, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint llistxattr(byte* path, byte* list, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint flistxattr(int fd, byte* list, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int removexattr(byte* path, byte* name);
    [LibraryImport(Lib, SetLastError = true)] public static partial int lremovexattr(byte* path, byte* name);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fremovexattr(int fd, byte* name);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint copy_file_range(int fdIn, long* offIn, int fdOut, long* offOut, nint len, uint flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint splice(int fdIn, long* offIn, int fdOut, long* offOut, nint len, uint flags);
}

/// <summary>struct iovec.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IoVec
{
    public byte* Base;
    public nint Length;
}
