namespace Kaa.Runtime;

/// <summary><c>select</c> (Modules/selectmodule.c): select() (over poll(2), so no FD_SETSIZE limit), poll
/// objects and epoll objects; waits release the GIL and let signal handlers run.</summary>
internal static class SelectModule
{
    private const string Doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.";

    private static readonly (string Name, long Value)[] Constants =
    [
        ("EPOLLERR", 8), ("EPOLLET", 2147483648), ("EPOLLEXCLUSIVE", 268435456), ("EPOLLHUP", 16), ("EPOLLIN", 1),
        ("EPOLLMSG", 1024), ("EPOLLONESHOT", 1073741824), ("EPOLLOUT", 4), ("EPOLLPRI", 2), ("EPOLLRDBAND", 128),
        ("EPOLLRDHUP", 8192), ("EPOLLRDNORM", 64), ("EPOLLWRBAND", 512), ("EPOLLWRNORM", 256), ("EPOLL_CLOEXEC", 524288),
        ("PIPE_BUF", 4096), ("POLLERR", 8), ("POLLHUP", 16), ("POLLIN", 1), ("POLLMSG", 1024), ("POLLNVAL", 32),
        ("POLLOUT", 4), ("POLLPRI", 2), ("POLLRDBAND", 128), ("POLLRDHUP", 8192), ("POLLRDNORM", 64),
        ("POLLWRBAND", 512), ("POLLWRNORM", 256),
    ];

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("select", Doc);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Create(value));
        m.Set("error", PyExc.OSError);
        m.Set("epoll", EpollObject.TypeObject);
        m.AddFunction("poll", static (ts, self) => new PollObject());
        m.AddFunction("select", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "select", args, kw, 3, 4)) return null;
            return Select(ts, args[0], args[1], args[2], args.Length > 3 ? args[3] : PyNone.Instance);
        });
        return m;
    }

    private const short POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    private static PyObject? Select(ThreadState ts, PyObject rlist, PyObject wlist, PyObject xlist, PyObject timeout)
    {
        long timeoutMs = -1;
        if (timeout is not PyNone)
        {
            double seconds;
            if (timeout is PyFloat f) seconds = f.Value;
            else if (timeout is PyInt || timeout.Type.Index is not null)
            {
                var i = Protocols.Index(ts, timeout);
                if (i is null) return null;
                seconds = (double)i.Value;
            }
            else return ts.TypeError("timeout must be a float or None");
            if (double.IsNaN(seconds)) return ts.ValueError("Invalid value NaN (not a number)");
            if (seconds < 0) return ts.ValueError("timeout must be non-negative");
            // Rounded up to the microsecond, then to the millisecond poll(2) takes.
            timeoutMs = (long)Math.Min(Math.Ceiling(seconds * 1000), int.MaxValue);
        }
        var lists = new List<PyObject>?[3];
        PyObject[] sources = [rlist, wlist, xlist];
        for (int k = 0; k < 3; k++)
        {
            if (sources[k].Type.GetItem is null && sources[k].Type.Iter is null) return ts.TypeError("arguments 1-3 must be sequences");
            lists[k] = Protocols.ToList(ts, sources[k]);
            if (lists[k] is null)
            {
                if (ts.ErrorMatches(PyExc.TypeError)) { ts.ClearError(); return ts.TypeError("arguments 1-3 must be sequences"); }
                return null;
            }
        }
        var fdOf = new List<int>[3];
        var entries = new List<PollFd>();
        for (int k = 0; k < 3; k++)
        {
            fdOf[k] = new List<int>(lists[k]!.Count);
            foreach (var o in lists[k]!)
            {
                if (!PosixModule.AsFileDescriptor(ts, o, out int fd)) return null;
                fdOf[k].Add(fd);
                short ev = k == 0 ? POLLIN : k == 1 ? POLLOUT : POLLPRI;
                entries.Add(new PollFd { Fd = fd, Events = ev });
            }
        }
        var fds = entries.ToArray();
        if (PollWait.Poll(ts, fds, timeoutMs) < 0) return null;
        foreach (var e in fds)
            if ((e.Revents & POLLNVAL) != 0) return PosixErrors.Raise(ts, Libc.EBADF);
        var result = new PyObject[3];
        int index = 0;
        for (int k = 0; k < 3; k++)
        {
            var ready = new PyList();
            short mask = k == 0 ? (short)(POLLIN | POLLHUP | POLLERR) : k == 1 ? (short)(POLLOUT | POLLERR) : POLLPRI;
            for (int j = 0; j < fdOf[k].Count; j++, index++)
                if ((fds[index].Revents & mask) != 0) ready.Append(lists[k]![j]);
            result[k] = ready;
        }
        return PyTuple.Create(result);
    }
}
