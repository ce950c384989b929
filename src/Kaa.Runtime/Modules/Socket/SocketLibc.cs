using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The libc calls behind <c>_socket</c> (BSD sockets and the resolver), declared apart from posix's
/// <see cref="Libc"/>. Kaa uses the C API rather than System.Net.Sockets so that sockets are plain
/// descriptors with CPython's blocking modes and errno values. errno is read right after each call.
/// </summary>
internal static unsafe partial class SocketLibc
{
    private const string Lib = "libc";

    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    public const int SOL_SOCKET = 1, SO_ERROR = 4, SO_TYPE = 3, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    public const int MSG_DONTWAIT = 0x40, MSG_NOSIGNAL = 0x4000, MSG_CMSG_CLOEXEC = 0x40000000;
    public const int EINPROGRESS = 115, EWOULDBLOCK = 11, EAGAIN = 11, EAFNOSUPPORT = 97, EISCONN = 106;
    public const int AI_PASSIVE = 1, AI_NUMERICHOST = 4, NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8;
    public const int EAI_SYSTEM = -11, EAI_NONAME = -2;
    public const int O_NONBLOCK = 0x800, F_GETFL = 3, F_SETFL = 4;
    /// <summary>sizeof(struct sockaddr_storage).</summary>
    public const int SockaddrStorageSize = 128;
    /// <summary>sizeof(sun_path) in struct sockaddr_un.</summary>
    public const int SunPathSize = 108;

    [LibraryImport(Lib, SetLastError = true)] public static partial int socket(int domain, int type, int protocol);
    [LibraryImport(Lib, SetLastError = true)] public static partial int socketpair(int domain, int type, int protocol, int* sv);
    [LibraryImport(Lib, SetLastError = true)] public static partial int bind(int fd, byte* addr, int len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int listen(int fd, int backlog);
    [LibraryImport(Lib, SetLastError = true)] public static partial int accept4(int fd, byte* addr, int* len, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int connect(int fd, byte* addr, int len);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint send(int fd, byte* buf, nint len, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint sendto(int fd, byte* buf, nint len, int flags, byte* addr, int addrlen);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint recv(int fd, byte* buf, nint len, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint recvfrom(int fd, byte* buf, nint len, int flags, byte* addr, int* addrlen);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint sendmsg(int fd, MsgHdr* msg, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint recvmsg(int fd, MsgHdr* msg, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int shutdown(int fd, int how);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getsockname(int fd, byte* addr, int* len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpeername(int fd, byte* addr, int* len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setsockopt(int fd, int level, int name, byte* value, int len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getsockopt(int fd, int level, int name, byte* value, int* len);

    // ---- the resolver ------------------------------------------------------------------------------------
    [LibraryImport(Lib, SetLastError = true)] public static partial int getaddrinfo(byte* node, byte* service, AddrInfo* hints, AddrInfo** res);
    [LibraryImport(Lib)] public static partial void freeaddrinfo(AddrInfo* res);
    [LibraryImport(Lib)] public static partial byte* gai_strerror(int code);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getnameinfo(byte* addr, int addrlen, byte* host, int hostlen, byte* serv, int servlen, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int gethostname(byte* name, nint len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sethostname(byte* name, nint len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int gethostbyname2_r(byte* name, int af, HostEnt* ret, byte* buf, nint buflen, HostEnt** result, int* herrno);
    [LibraryImport(Lib, SetLastError = true)] public static partial int gethostbyaddr_r(byte* addr, int len, int type, HostEnt* ret, byte* buf, nint buflen, HostEnt** result, int* herrno);
    [LibraryImport(Lib)] public static partial byte* hstrerror(int err);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getservbyname_r(byte* name, byte* proto, ServEnt* ret, byte* buf, nint buflen, ServEnt** result);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getservbyport_r(int port, byte* proto, ServEnt* ret, byte* buf, nint buflen, ServEnt** result);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getprotobyname_r(byte* name, ProtoEnt* ret, byte* buf, nint buflen, ProtoEnt** result);
    [LibraryImport(Lib)] public static partial int inet_aton(byte* cp, uint* inp);
    [LibraryImport(Lib, SetLastError = true)] public static partial int inet_pton(int af, byte* src, byte* dst);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* inet_ntop(int af, byte* src, byte* dst, int size);
    [LibraryImport(Lib, SetLastError = true)] public static partial IfNameIndex* if_nameindex();
    [LibraryImport(Lib)] public static partial void if_freenameindex(IfNameIndex* list);
    [LibraryImport(Lib, SetLastError = true)] public static partial uint if_nametoindex(byte* name);
    [LibraryImport(Lib, SetLastError = true)] public static partial byte* if_indextoname(uint index, byte* name);
}

/// <summary>struct addrinfo (64-bit glibc).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct AddrInfo
{
    public int Flags, Family, SockType, Protocol;
    public int AddrLen;
    public byte* Addr;
    public byte* CanonName;
    public AddrInfo* Next;
}

/// <summary>struct hostent.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct HostEnt
{
    public byte* Name;
    public byte** Aliases;
    public int AddrType, Length;
    public byte** AddrList;
}

/// <summary>struct servent.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ServEnt
{
    public byte* Name;
    public byte** Aliases;
    public int Port;
    public byte* Proto;
}

/// <summary>struct protoent.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ProtoEnt
{
    public byte* Name;
    public byte** Aliases;
    public int Proto;
}

/// <summary>struct msghdr (64-bit glibc).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MsgHdr
{
    public byte* Name;
    public int NameLen;
    public IoVec* Iov;
    public nint IovLen;
    public byte* Control;
    public nint ControlLen;
    public int Flags;
}

/// <summary>struct if_nameindex.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IfNameIndex
{
    public uint Index;
    public byte* Name;
}
