using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>One blocking socket call made by <see cref="PySocket.Call{T}"/> (a struct, so that the call
/// allocates nothing): runs the syscall with the GIL released and returns its result, negative on failure
/// (errno then read by the caller).</summary>
internal interface ISocketOp
{
    nint Run(int fd);
}

/// <summary>
/// <c>_socket.socket</c>: a socket descriptor with its family, type, protocol and timeout (CPython's
/// PySocketSockObject). Timeouts as CPython has them: -1 blocking, 0 non-blocking, &gt;0 the descriptor
/// is non-blocking and each call first polls for readiness until the deadline. Instances of Python
/// subclasses (socket.py's <c>socket</c>, with <c>__slots__</c>) carry their dict and slots here.
/// </summary>
internal sealed class PySocket : PyObject
{
    internal int Fd = -1;
    internal int Family, SockType, Proto;
    /// <summary>The timeout in nanoseconds: -1 none (blocking), 0 non-blocking.</summary>
    internal long TimeoutNs = -1;

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySocket(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;

    /// <summary>init_sockobject: the descriptor's settings; a new socket takes the default timeout.</summary>
    internal bool Init(ThreadState ts, int fd, int family, int type, int proto)
    {
        Fd = fd;
        Family = family;
        SockType = type & ~(SocketLibc.SOCK_NONBLOCK | SocketLibc.SOCK_CLOEXEC);
        Proto = proto;
        if ((type & SocketLibc.SOCK_NONBLOCK) != 0) TimeoutNs = 0;
        else
        {
            TimeoutNs = ts.Interp.GetModuleState<SocketState>().DefaultTimeoutNs;
            if (TimeoutNs >= 0 && !SetBlocking(ts, false)) return false;
        }
        return true;
    }

    /// <summary>internal_setblocking: sets or clears O_NONBLOCK on the descriptor.</summary>
    internal bool SetBlocking(ThreadState ts, bool block)
    {
        int flags = Libc.fcntl(Fd, SocketLibc.F_GETFL, 0);
        if (flags >= 0)
        {
            int wanted = block ? flags & ~SocketLibc.O_NONBLOCK : flags | SocketLibc.O_NONBLOCK;
            if (wanted == flags || Libc.fcntl(Fd, SocketLibc.F_SETFL, wanted) >= 0) return true;
        }
        PosixErrors.SetError(ts, Libc.Errno);
        return false;
    }

    /// <summary>
    /// sock_call_ex: waits until the socket is ready (polling with the GIL released; signal handlers run
    /// and the wait resumes, PEP 475), then runs <paramref name="op"/> with the GIL released, retrying on
    /// EINTR and, when a timeout is set, on EAGAIN. Returns the op's result, or -1 with the exception set
    /// (TimeoutError "timed out" when the deadline passes).
    /// </summary>
    internal nint Call<T>(ThreadState ts, bool writing, ref T op) where T : struct, ISocketOp
    {
        long deadline = TimeoutNs > 0 ? Environment.TickCount64 + MillisecondsCeiling(TimeoutNs) : 0;
        while (true)
        {
            // A closed socket (fd -1) goes straight to the call, which fails with EBADF.
            if (TimeoutNs != 0 && Fd >= 0)
            {
                int ready = WaitReady(ts, writing, deadline);
                if (ready < 0) return -1;
                if (ready == 0) { ts.SetError(PyExc.TimeoutError, "timed out"); return -1; }
            }
            nint r;
            int errno;
            while (true)
            {
                using (ts.ReleaseGil())
                {
                    r = op.Run(Fd);
                    errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
                }
                if (r >= 0) return r;
                if (errno != Libc.EINTR) break;
                if (!ts.Interp.HandleEvalBreaker(ts)) return -1;
            }
            if (TimeoutNs > 0 && errno == SocketLibc.EAGAIN) continue;
            PosixErrors.SetError(ts, errno);
            return -1;
        }
    }

    /// <summary>Polls the descriptor for reading or writing until <paramref name="deadline"/> (a
    /// TickCount64; waits forever on a blocking socket): 1 ready, 0 timed out, -1 with the error set.</summary>
    internal int WaitReady(ThreadState ts, bool writing, long deadline)
    {
        long ms = -1;
        if (TimeoutNs > 0)
        {
            ms = deadline - Environment.TickCount64;
            if (ms < 0) return 0;
        }
        var fds = new[] { new PollFd { Fd = Fd, Events = writing ? (short)4 : (short)1 } };
        int r = PollWait.Poll(ts, fds, ms);
        return r < 0 ? -1 : r > 0 ? 1 : 0;
    }

    internal static long MillisecondsCeiling(long ns) => (ns + 999_999) / 1_000_000;
}

/// <summary>The socket module's per-interpreter state: the default timeout and its exception classes.</summary>
internal sealed class SocketState
{
    /// <summary>setdefaulttimeout's value in nanoseconds, -1 for None.</summary>
    public long DefaultTimeoutNs = -1;
    public PyType? GaiError, HError;
}
