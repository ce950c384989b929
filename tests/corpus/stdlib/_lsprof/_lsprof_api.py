# _lsprof: the Profiler type's construction and arguments, its stats before profiling, the
# profiler_entry/profiler_subentry structseqs, and cProfile/pstats importing over it (no profiled run:
# the recorded calls depend on the VM reporting call events).
import _lsprof
import cProfile
import pstats

print(_lsprof.__doc__, _lsprof.Profiler.__doc__.splitlines()[0], _lsprof.Profiler.__module__, _lsprof.Profiler.__name__)
print(sorted(n for n in dir(_lsprof.Profiler) if not n.startswith('__')))
p = _lsprof.Profiler()
print(p.getstats(), p.clear(), type(p).__name__)
for args, kw in [((), {'timer': lambda: 1.5}), ((None, 0.001), {}), ((), {'subcalls': False, 'builtins': 0}),
                 ((1, 2, 3, 4, 5), {}), ((), {'timeunit': 'x'}), ((), {'subcalls': 1.5}), ((), {'nope': 1})]:
    try:
        print(type(_lsprof.Profiler(*args, **kw)).__name__, _lsprof.Profiler(*args, **kw).getstats())
    except TypeError as e:
        print('TypeError', e)
for call in [lambda: p.enable(1, 2, 3), lambda: p.enable('x'), lambda: p.enable(subcalls=1.5), lambda: p.getstats(1), lambda: p.clear(2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

e = _lsprof.profiler_entry(('code', 3, 1, 0.5, 0.25, None))
s = _lsprof.profiler_subentry(('callee', 2, 0, 0.1, 0.05))
print(e, e.code, e.callcount, e.reccallcount, e.totaltime, e.inlinetime, e.calls)
print(s, s.code, s.callcount, len(s), _lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_sequence_fields)
print(_lsprof.profiler_entry.__module__, _lsprof.profiler_entry.__name__, type(e).__mro__[1].__name__)
try:
    _lsprof.profiler_entry((1, 2))
except TypeError as ex:
    print('TypeError', ex)

prof = cProfile.Profile()
print(type(prof).__mro__[1] is _lsprof.Profiler, prof.getstats(), cProfile.label(pstats.__code__ if hasattr(pstats, '__code__') else cProfile.run.__code__))
print(sorted(n for n in dir(_lsprof) if not n.startswith('__')))
