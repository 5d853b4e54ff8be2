# resource: getrusage's struct_rusage, getrlimit/setrlimit (lowering and
# restoring the soft NOFILE limit), RLIM_INFINITY, getpagesize, and errors.
import resource

print(resource.RLIMIT_AS, resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RLIMIT_CORE, resource.RLIM_INFINITY)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD, resource.error is OSError)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), type(r.ru_utime).__name__, type(r.ru_maxrss).__name__, r.ru_maxrss > 0)
print(r.ru_utime >= 0, r.ru_stime >= 0, r.ru_minflt > 0, r.ru_majflt >= 0, r.ru_nvcsw >= 0, r.ru_nivcsw >= 0)
print(r[0] == r.ru_utime, r[2] == r.ru_maxrss, r.n_fields, r.n_sequence_fields, type(r).__module__)
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(c.ru_maxrss >= 0, len(c))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.getrlimit(resource.RLIMIT_STACK)[0] != 0, len(resource.getrlimit(resource.RLIMIT_AS)))
cs, ch = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, ch))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, (cs, ch))
print(resource.getpagesize(), resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: resource.getrusage(5))
check(lambda: resource.getrusage("x"))
check(lambda: resource.getrusage())
check(lambda: resource.getrlimit(99))
check(lambda: resource.getrlimit("a"))
check(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
check(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3)))
check(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 1))
check(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, ("a", 2)))
check(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10, 5)))
check(lambda: resource.setrlimit(99, (10, 5)))
check(lambda: setattr(r, "ru_utime", 1.0))
