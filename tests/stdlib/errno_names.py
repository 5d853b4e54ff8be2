# errno: the names, errorcode (number -> name, aliases resolved as CPython),
# and the OSError subclass each errno selects.
import errno

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EINTR, errno.EPIPE, errno.ECHILD)
print(errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.EBADF, errno.EINVAL, errno.EWOULDBLOCK)
print(errno.EINPROGRESS, errno.EADDRINUSE, errno.ENOTCONN, errno.ESRCH, errno.EPERM, errno.EISDIR)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(list(errno.errorcode.items())[:5])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(n for n in dir(errno) if n.startswith("E"))[:8])
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EAGAIN, errno.EINTR, errno.EPIPE,
             errno.ECHILD, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT,
             errno.ESRCH, errno.EISDIR, errno.ENOTDIR, errno.EINPROGRESS, errno.EBADF, errno.EINVAL]:
    e = OSError(code, "message")
    print(errno.errorcode[code], type(e).__name__, e.errno, e)
