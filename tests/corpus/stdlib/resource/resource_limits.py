# resource: getrlimit/setrlimit round trips, getrusage types, page size, errors.
import resource

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.RLIM_INFINITY, resource.RLIMIT_CPU, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), isinstance(r.ru_utime, float), isinstance(r.ru_maxrss, int), r[0] == r.ru_utime)
print(resource.getpagesize() in (4096, 16384, 65536))
for f, a in [(resource.getrusage, (5,)), (resource.getrlimit, (99,)), (resource.setrlimit, (0, (1,))), (resource.setrlimit, (0, 5)),
             (resource.setrlimit, (resource.RLIMIT_NOFILE, (hard + 1 if hard != resource.RLIM_INFINITY else 1, hard)))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(resource.error is OSError, resource.struct_rusage.n_fields)
