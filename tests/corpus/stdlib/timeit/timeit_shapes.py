# timeit: Timer/timeit/repeat/autorange return shapes (times are not printed), setup strings and callables, globals, errors for bad statements, the command-line help.
import timeit
t = timeit.Timer('sum(range(100))'); r = t.timeit(number=50); print(type(r).__name__, r >= 0)
rep = t.repeat(repeat=3, number=10); print(len(rep), all(x >= 0 for x in rep))
n, tt = t.autorange(); print(type(n).__name__, n >= 1, tt >= 0)
print(timeit.timeit('x * 2', setup='x = 21', number=5) >= 0, timeit.timeit(lambda: None, number=3) >= 0, len(timeit.repeat('pass', repeat=2, number=2)))
calls = []
def f(): calls.append(1)
timeit.timeit(f, number=7); print(len(calls))
print(timeit.timeit('y + 1', number=2, globals={'y': 1}) >= 0, timeit.default_timer is not None, timeit.default_number, timeit.default_repeat)
for bad in [lambda: timeit.Timer('return 1'), lambda: timeit.Timer('x = (', 'pass'), lambda: timeit.Timer(5), lambda: timeit.Timer('pass', setup=5), lambda: timeit.timeit('undefined_name', number=1), lambda: timeit.Timer('yield 1')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, str(e).split('\n')[0])
src = timeit.Timer('a', 'b').src if hasattr(timeit.Timer('a', 'b'), 'src') else None; print(src is None or 'b' in src)
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf): code = timeit.main(['-n', '2', '-r', '1', '-u', 'usec', 'pass'])
print(code, buf.getvalue().startswith('2 loops, best of 1: '), buf.getvalue().rstrip().endswith('per loop'))
buf = io.StringIO()
with contextlib.redirect_stdout(buf): timeit.main(['-h'])
print(buf.getvalue().splitlines()[0])
