# threading: Thread start/join with results gathered in a deterministic order, Lock/RLock, Event, Condition (producer/consumer), Semaphore, Barrier, local, Timer cancel, names and errors.
import threading, queue
results = [None] * 5
def work(i): results[i] = sum(range(i * 1000))
ts = [threading.Thread(target=work, args=(i,), name=f'w{i}') for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(results, [t.name for t in ts], [t.is_alive() for t in ts], ts[0].daemon)
counter = 0; lock = threading.Lock()
def inc():
    global counter
    for _ in range(2000):
        with lock: counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]; [t.start() for t in ts]; [t.join() for t in ts]; print(counter)
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01)); lock.release(); print(lock.locked())
try: lock.release()
except RuntimeError as e: print(type(e).__name__, e)
r = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
try: r.release()
except RuntimeError as e: print(type(e).__name__, e)
ev = threading.Event(); seen = []
def waiter(): seen.append(ev.wait(5))
w = threading.Thread(target=waiter); w.start(); ev.set(); w.join(); print(seen, ev.is_set(), ev.wait(0)); ev.clear(); print(ev.wait(0.01))
cond = threading.Condition(); items = []; consumed = []
def consumer():
    with cond:
        while len(consumed) < 5:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
c = threading.Thread(target=consumer); c.start()
for i in range(5):
    with cond: items.append(i * i); cond.notify()
c.join(); print(consumed)
sem = threading.BoundedSemaphore(2); print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False)); sem.release(); sem.release()
try: sem.release()
except ValueError as e: print(type(e).__name__, e)
order = []; barrier = threading.Barrier(3, action=lambda: order.append('action'))
def at_barrier(i): barrier.wait(); order.append('passed')
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]; [t.start() for t in ts]; [t.join() for t in ts]; print(order, barrier.parties, barrier.broken)
loc = threading.local(); loc.x = 'main'; other = []
def use_local(): other.append(hasattr(loc, 'x')); loc.x = 'thread'
t = threading.Thread(target=use_local); t.start(); t.join(); print(loc.x, other)
tm = threading.Timer(10, lambda: print('never')); tm.start(); tm.cancel(); tm.join(); print(tm.finished.is_set())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1, type(threading.get_ident()).__name__)
t = threading.Thread(target=lambda: None)
try: t.join()
except RuntimeError as e: print(type(e).__name__, e)
t.start(); t.join()
try: t.start()
except RuntimeError as e: print(type(e).__name__, e)
class MyThread(threading.Thread):
    def __init__(self): super().__init__(name='custom'); self.value = None
    def run(self): self.value = threading.current_thread().name
m = MyThread(); m.start(); m.join(); print(m.value, repr(m).split(',')[0].split('(')[0])
q = queue.Queue(); ts = [threading.Thread(target=lambda i=i: q.put(i)) for i in range(6)]; [t.start() for t in ts]; [t.join() for t in ts]; print(sorted(q.get() for _ in range(6)))
