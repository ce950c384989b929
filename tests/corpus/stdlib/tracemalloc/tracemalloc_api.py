# tracemalloc's API over _tracemalloc: the state functions, start/stop with the frame limit and its
# errors, and snapshots (only checks that hold whatever the tracer attributes).
import tracemalloc
import _tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
print(tracemalloc._get_traces(), tracemalloc.get_object_traceback(object()), tracemalloc.clear_traces(), tracemalloc.reset_peak())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
for bad in [0, -1, 65536, 'x', 1.5]:
    try:
        tracemalloc.start(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(tracemalloc.is_tracing())
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [bytes(100) for _ in range(10)]
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit, type(snap.traces).__name__, isinstance(snap.statistics('lineno'), list))
filtered = snap.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
print(type(filtered).__name__, type(tracemalloc.get_traced_memory()).__name__, len(tracemalloc.get_traced_memory()))
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
for call in [lambda: _tracemalloc.start(1, 2), lambda: _tracemalloc._get_object_traceback(), lambda: _tracemalloc.is_tracing(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(tracemalloc.Frame(('f.py', 3)), tracemalloc.Traceback((('a.py', 1), ('b.py', 2))).format())
print(sorted(n for n in dir(_tracemalloc) if not n.startswith('__')))
