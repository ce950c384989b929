# concurrent.futures: ThreadPoolExecutor map (order, exceptions, timeouts none), submit/result/exception, as_completed and wait (sorted results), callbacks, cancel, shutdown errors, Future states.
import concurrent.futures as cf, threading
def square(x): return x * x
def maybe_fail(x):
    if x == 3: raise ValueError(f'bad {x}')
    return x
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='pool') as ex:
    print(list(ex.map(square, range(10))), list(ex.map(lambda a, b: a + b, 'abc', 'xyz')), list(ex.map(square, [], timeout=1)))
    futs = [ex.submit(maybe_fail, i) for i in range(5)]
    print([f.result() if f.exception() is None else repr(f.exception()) for f in futs])
    done = sorted(f.result() for f in cf.as_completed([ex.submit(square, i) for i in range(6)])); print(done)
    fs = [ex.submit(square, i) for i in range(4)]; d, nd = cf.wait(fs); print(len(d), len(nd), sorted(f.result() for f in d))
    d, nd = cf.wait([ex.submit(maybe_fail, 3), ex.submit(square, 2)], return_when=cf.FIRST_EXCEPTION); print(len(d) >= 1)
    cb = []; f = ex.submit(square, 7); f.add_done_callback(lambda fut: cb.append(fut.result())); f.result(); print(f.done(), f.cancelled(), f.running())
    names = set(ex.map(lambda _: threading.current_thread().name.split('_')[0], range(6))); print(names)
    it = ex.map(maybe_fail, range(5))
    try: print([next(it) for _ in range(5)])
    except ValueError as e: print(type(e).__name__, e)
print(cb)
f = cf.Future(); print(f.done(), f.cancel(), f.cancelled(), f.done())
try: f.result()
except cf.CancelledError as e: print(type(e).__name__, repr(e))
f2 = cf.Future(); f2.set_result(5); print(f2.result(), f2.exception(), repr(f2).split(' ')[0], f2._state)
f3 = cf.Future(); f3.set_exception(KeyError('k')); print(repr(f3.exception()))
try: f3.result()
except KeyError as e: print(type(e).__name__, e)
try: cf.Future().result(timeout=0.01)
except cf.TimeoutError as e: print(type(e).__name__, cf.TimeoutError is TimeoutError)
ex = cf.ThreadPoolExecutor(1); ex.shutdown()
try: ex.submit(square, 1)
except RuntimeError as e: print(type(e).__name__, e)
try: cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e: print(type(e).__name__, e)
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, issubclass(cf.BrokenExecutor, RuntimeError), cf.InvalidStateError.__mro__[1].__name__)
