using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>_multiprocessing</c> (Modules/_multiprocessing/multiprocessing.c and semaphore.c, the Linux build):
/// SemLock, sem_unlink and flags. Blocking acquires release the GIL; on the main thread they wake every
/// 50 ms to run signal handlers (CPython's sem_wait returns EINTR when a signal lands on its thread: .NET
/// catches signals on a thread of its own, so the waiting thread looks instead), and a handler that raises
/// ends the wait with its exception.
/// </summary>
internal static unsafe class MultiprocessingModule
{
    private const int SemValueMax = int.MaxValue;
    private const int WakeMilliseconds = 50;

    private static readonly ArgSpec NewSpec = new("SemLock", ["kind", "value", "maxvalue", "name", "unlink"], required: 5, positionalOnly: 0);
    private static readonly ArgSpec AcquireSpec = new("acquire", ["block", "timeout"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec RebuildSpec = new("_rebuild", ["handle", "kind", "maxvalue", "name"], required: 4, positionalOnly: 4);
    private static readonly ArgSpec ExitSpec = new("__exit__", ["exc_type", "exc_value", "exc_tb"], required: 0, positionalOnly: 3);

    public static readonly PyType SemLockType = PyType.CreateStatic("_multiprocessing.SemLock", (PyType?)null, TypeFlags.BaseType, Install);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_multiprocessing", null);
        m.Set("SemLock", SemLockType);
        var flags = new PyDict();
        flags.SetStr("HAVE_SEM_OPEN", PyInt.One);
        flags.SetStr("HAVE_SEM_TIMEDWAIT", PyInt.One);
        m.Set("flags", flags);
        m.AddFunction("sem_unlink", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"sem_unlink() argument must be str, not {TypeName(arg)}");
            var name = CName(s);
            int r;
            fixed (byte* n = name) r = SemaphoreLibc.sem_unlink(n);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        return m;
    }

    private static string TypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;

    /// <summary>PyUnicode_AsUTF8, NUL-terminated (an embedded NUL cuts the name short, as in C).</summary>
    private static byte[] CName(PyStr s) => [.. System.Text.Encoding.UTF8.GetBytes(s.ToString()), 0];

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Semaphore/Mutex type"));
        type.AddAttribute("__module__", PyStr.Create("_multiprocessing"));
        type.AddAttribute("SEM_VALUE_MAX", PyInt.Create(SemValueMax));
        type.New = New;
        type.AddMethod("acquire", Acquire, "Acquire the semaphore/lock.");
        type.AddMethod("release", static (ts, self) => Release(ts, (PySemLock)self), "Release the semaphore/lock.");
        type.AddMethod("__enter__", static (ts, self) => Acquire(ts, self, [], null), "Enter the semaphore/lock.");
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ExitSpec.Parse(ts, args, kw, a)) return null;
            return Release(ts, (PySemLock)self);
        }, "Exit the semaphore/lock.");
        type.AddMethod("_count", static (ts, self) => PyInt.Create(((PySemLock)self).Count), "Num of `acquire()`s minus num of `release()`s for this process.");
        type.AddMethod("_is_mine", static (ts, self) => PyBool.From(((PySemLock)self).IsMine), "Whether the lock is owned by this thread.");
        type.AddMethod("_get_value", static (ts, self) =>
        {
            int v;
            if (SemaphoreLibc.sem_getvalue(((PySemLock)self).Handle, &v) < 0) return PosixErrors.FromErrno(ts);
            // Some systems report a negative count while threads wait: CPython shows 0 then.
            return PyInt.Create(v < 0 ? 0 : v);
        }, "Get the value of the semaphore.");
        type.AddMethod("_is_zero", static (ts, self) =>
        {
            int v;
            if (SemaphoreLibc.sem_getvalue(((PySemLock)self).Handle, &v) < 0) return PosixErrors.FromErrno(ts);
            return PyBool.From(v == 0);
        }, "Return whether semaphore has value zero.");
        type.AddMethod("_after_fork", static (ts, self) =>
        {
            ((PySemLock)self).Count = 0;
            return PyNone.Instance;
        }, "Rezero the net acquisition count after fork().");
        type.AddClassMethod(new MethodDef("_rebuild", static (ts, cls, args, kw) => Rebuild(ts, (PyType)cls, args, kw)));
        type.AddMember("handle", static (ts, self) => PyInt.Create((long)((PySemLock)self).Handle), null, "");
        type.AddMember("kind", static (ts, self) => PyInt.Create(((PySemLock)self).Kind), null, "");
        type.AddMember("maxvalue", static (ts, self) => PyInt.Create(((PySemLock)self).MaxValue), null, "");
        type.AddMember("name", static (ts, self) => ((PySemLock)self).Name is { } n ? PyStr.Create(n) : PyNone.Instance, null, "");
    }

    /// <summary>SemLock(kind, value, maxvalue, name, unlink): sem_open(name, O_CREAT|O_EXCL, 0600, value).</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!NewSpec.Parse(ts, args, kw, a)) return null;
        if (!ClinicInt(ts, a[0]!, out int kind) || !ClinicInt(ts, a[1]!, out int value) || !ClinicInt(ts, a[2]!, out int maxValue)) return null;
        if (a[3] is not PyStr nameStr) return ts.TypeError($"SemLock() argument 'name' must be str, not {TypeName(a[3]!)}");
        if (!ClinicInt(ts, a[4]!, out int unlink)) return null;
        if (kind != PySemLock.RecursiveMutex && kind != PySemLock.Semaphore) return ts.ValueError("unrecognized kind");
        var name = CName(nameStr);
        nint handle;
        fixed (byte* n = name) handle = SemaphoreLibc.sem_open(n, SemaphoreLibc.O_CREAT | SemaphoreLibc.O_EXCL, 0x180 /* 0600 */, (uint)value);
        if (handle == 0) return PosixErrors.FromErrno(ts);
        if (unlink != 0)
        {
            int r;
            fixed (byte* n = name) r = SemaphoreLibc.sem_unlink(n);
            if (r < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                SemaphoreLibc.sem_close(handle);
                return PosixErrors.Raise(ts, errno);
            }
        }
        return new PySemLock(type, handle, kind, maxValue, unlink != 0 ? null : nameStr.ToString());
    }

    /// <summary>_rebuild(handle, kind, maxvalue, name): the semaphore reopened by name (or the handle kept, after
    /// a fork, when it was unlinked).</summary>
    private static PyObject? Rebuild(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!RebuildSpec.Parse(ts, args, kw, a)) return null;
        if (!Protocols.AsIndex(ts, a[0]!, out long handleValue, PyExc.OverflowError)) return null;
        if (!ClinicInt(ts, a[1]!, out int kind) || !ClinicInt(ts, a[2]!, out int maxValue)) return null;
        string? name = null;
        nint handle = (nint)handleValue;
        if (a[3] is PyStr s)
        {
            name = s.ToString();
            var cname = CName(s);
            fixed (byte* n = cname) handle = SemaphoreLibc.sem_open(n, 0);
            if (handle == 0) return PosixErrors.FromErrno(ts);
        }
        else if (a[3] is not PyNone)
        {
            return ts.TypeError($"_rebuild() argument 4 must be str or None, not {TypeName(a[3]!)}");
        }
        return new PySemLock(type, handle, kind, maxValue, name);
    }

    private static bool ClinicInt(ThreadState ts, PyObject obj, out int value)
    {
        value = 0;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!Protocols.AsIndex(ts, obj, out long v, PyExc.OverflowError)) return false;
        if (v > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "signed integer is greater than maximum");
            return false;
        }
        if (v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "signed integer is less than minimum");
            return false;
        }
        value = (int)v;
        return true;
    }

    private static PyObject? Acquire(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var sem = (PySemLock)self;
        var a = new ArgBuffer();
        if (!AcquireSpec.Parse(ts, args, kw, a)) return null;
        bool blocking = true;
        if (a[0] is { } b)
        {
            int truth = Protocols.IsTrue(ts, b);
            if (truth < 0) return null;
            blocking = truth != 0;
        }
        if (sem.Kind == PySemLock.RecursiveMutex && sem.IsMine)
        {
            sem.Count++;
            return PyBool.True;
        }
        // The deadline is absolute on CLOCK_REALTIME, as sem_timedwait takes it.
        bool useDeadline = a[1] is { } t && t is not PyNone;
        Timespec deadline = default;
        if (useDeadline)
        {
            if (!FloatSlots.AsDouble(ts, a[1]!, "must be real number, not {0}", out double timeout)) return null;
            if (timeout < 0) timeout = 0;
            Timespec now;
            SemaphoreLibc.clock_gettime(0, &now);
            long sec = (long)timeout;
            long nsec = (long)(1e9 * (timeout - sec) + 0.5);
            deadline.Sec = now.Sec + sec;
            deadline.Nsec = now.Nsec + nsec;
            deadline.Sec += deadline.Nsec / 1_000_000_000;
            deadline.Nsec %= 1_000_000_000;
        }
        int res = SemaphoreLibc.sem_trywait(sem.Handle);
        int err = res < 0 ? Marshal.GetLastPInvokeError() : 0;
        if (res < 0 && err == Libc.EAGAIN && blocking)
        {
            bool main = ts == ts.Interp.MainThread;
            while (true)
            {
                using (ts.ReleaseGil()) res = WaitSlice(sem.Handle, useDeadline, deadline, main, out err);
                if (res == 0) break;
                if (err == Libc.EINTR)
                {
                    // A slice ended (or a signal): run what is pending, then go on waiting.
                    if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) return null;
                    continue;
                }
                break;
            }
        }
        if (res < 0)
        {
            if (err == Libc.EAGAIN || err == SemaphoreLibc.ETIMEDOUT) return PyBool.False;
            return PosixErrors.Raise(ts, err);
        }
        sem.Count++;
        sem.LastThread = ThreadModule.CurrentIdent();
        return PyBool.True;
    }

    /// <summary>One wait: until the deadline, or (main thread) at most a wake interval, reported as EINTR so
    /// that the caller looks for signal handlers to run.</summary>
    private static int WaitSlice(nint handle, bool useDeadline, Timespec deadline, bool main, out int err)
    {
        Timespec until = deadline;
        bool sliced = false;
        if (main || !useDeadline)
        {
            Timespec now;
            SemaphoreLibc.clock_gettime(0, &now);
            long ms = main ? WakeMilliseconds : 1000;
            var wake = new Timespec { Sec = now.Sec + ms / 1000, Nsec = now.Nsec + (ms % 1000) * 1_000_000 };
            wake.Sec += wake.Nsec / 1_000_000_000;
            wake.Nsec %= 1_000_000_000;
            if (!useDeadline || wake.Sec < deadline.Sec || (wake.Sec == deadline.Sec && wake.Nsec < deadline.Nsec))
            {
                until = wake;
                sliced = true;
            }
        }
        int r = SemaphoreLibc.sem_timedwait(handle, &until);
        err = r < 0 ? Marshal.GetLastPInvokeError() : 0;
        if (r < 0 && err == SemaphoreLibc.ETIMEDOUT && sliced) err = Libc.EINTR;
        return r;
    }

    /// <summary>release(): a recursive mutex must be held by this thread; a semaphore must not pass maxvalue.</summary>
    private static PyObject? Release(ThreadState ts, PySemLock sem)
    {
        if (sem.Kind == PySemLock.RecursiveMutex)
        {
            if (!sem.IsMine)
                return ts.Raise(PyExc.AssertionError, "attempt to release recursive lock not owned by thread");
            if (sem.Count > 1)
            {
                sem.Count--;
                return PyNone.Instance;
            }
        }
        else
        {
            int v;
            if (SemaphoreLibc.sem_getvalue(sem.Handle, &v) < 0) return PosixErrors.FromErrno(ts);
            if (v >= sem.MaxValue) return ts.ValueError("semaphore or lock released too many times");
        }
        if (SemaphoreLibc.sem_post(sem.Handle) < 0) return PosixErrors.FromErrno(ts);
        sem.Count--;
        return PyNone.Instance;
    }
}
