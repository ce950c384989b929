import concurrent.futures as cf
import threading, time

def square(x):
    return x * x

def boom(x):
    raise ValueError('bad %d' % x)

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    f = ex.submit(boom, 7)
    try:
        f.result()
    except ValueError as e:
        print('ValueError', e, type(f.exception()).__name__)
    done, not_done = cf.wait(futs, return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
    print(f.done(), f.cancelled(), f.running())
    seen = []
    g = ex.submit(square, 3)
    g.add_done_callback(lambda fut: seen.append(fut.result()))
    g.result()
    time.sleep(0.05)
    print(seen)
    try:
        list(ex.map(boom, [1]))
    except ValueError as e:
        print('map raised', e)

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(type(e).__name__, e)

f = cf.Future()
print(f.done(), f.cancel(), f.cancelled())
f2 = cf.Future()
f2.set_result(42)
print(f2.result(), repr(f2).split(' ')[0], 'state=finished' in repr(f2))
f3 = cf.Future()
try:
    f3.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', type(e).__name__)
lock = threading.Lock()
count = [0]
def inc(n):
    for _ in range(n):
        with lock:
            count[0] += 1
with cf.ThreadPoolExecutor(4, thread_name_prefix='kaa') as ex:
    names = list(ex.map(lambda _: threading.current_thread().name.startswith('kaa'), range(4)))
    list(ex.map(inc, [1000] * 4))
print(names, count[0])
import queue
print(type(cf.thread._WorkItem).__name__, cf.thread.queue.SimpleQueue.__module__)
