# threading: exceptions in threads (excepthook args, default hook output to stderr), daemon flags, enumerate, settrace-free introspection, thread-safe queue pipeline with sentinel.
import threading, sys, io, queue
captured = []
def hook(args): captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook; threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name='boom'); t.start(); t.join()
threading.excepthook = old; print(captured)
err = io.StringIO(); old_err = sys.stderr; sys.stderr = err
def raise_value(): raise ValueError('in thread')
t = threading.Thread(target=raise_value, name='vt'); t.start(); t.join(); sys.stderr = old_err
lines = err.getvalue().splitlines(); print(lines[0], lines[-1], any('raise_value' in l for l in lines))
d = threading.Thread(target=lambda: None, daemon=True); print(d.daemon, threading.Thread(target=None).daemon); d.start(); d.join()
def stage(inq, outq, f):
    while (item := inq.get()) is not None: outq.put(f(item))
    outq.put(None)
q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
ts = [threading.Thread(target=stage, args=(q1, q2, lambda x: x * 2)), threading.Thread(target=stage, args=(q2, q3, lambda x: x + 1))]
for t in ts: t.start()
for i in range(10): q1.put(i)
q1.put(None)
out = []
while (v := q3.get()) is not None: out.append(v)
for t in ts: t.join()
print(out)
print(threading.main_thread().name, len([t for t in threading.enumerate() if t is threading.main_thread()]), threading.TIMEOUT_MAX > 0)
ev = threading.Event(); started = threading.Event()
def blocked(): started.set(); ev.wait()
bt = threading.Thread(target=blocked, name='blk'); bt.start(); started.wait(); print(bt.is_alive(), 'blk' in [t.name for t in threading.enumerate()]); ev.set(); bt.join(); print(bt.is_alive())
print(bt.join(0.01), threading.Thread(target=None, name='n', args=(), kwargs={}).name, isinstance(threading.Lock(), type(threading.Lock())))
