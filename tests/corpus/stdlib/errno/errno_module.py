# errno: names, errorcode (order and aliases), and OSError subclasses chosen by errno.
import errno
import os

print(len(errno.errorcode), list(errno.errorcode.items())[:10])
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:20])
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN,
             errno.ECHILD, errno.EPIPE, errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EINVAL]:
    e = OSError(code, os.strerror(code))
    print(code, errno.errorcode[code], type(e).__name__, e)
