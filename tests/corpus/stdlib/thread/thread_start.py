# _thread.start_new_thread: arguments, results through shared state, locks for joining, thread-local
# data, exceptions in threads, stack_size, get_ident.
import _thread
import sys

main_ident = _thread.get_ident()
print(isinstance(main_ident, int), isinstance(_thread.get_native_id(), int))
done = _thread.allocate_lock()
done.acquire()
results = []

def worker(a, b, c=0):
    results.append(a + b + c)
    results.append(_thread.get_ident() != main_ident)
    done.release()

ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
done.acquire()
print(results, isinstance(ident, int))

for bad in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    _thread.start_new_thread(print)
except TypeError as e:
    print(type(e).__name__, e)

# Several threads counting under a lock.
counter = [0]
lock = _thread.allocate_lock()
finished = []
def count(n):
    for i in range(n):
        with lock:
            counter[0] += 1
    with lock:
        finished.append(n)
    if len(finished) == 4:
        done.release()
for n in (100, 200, 300, 400):
    _thread.start_new_thread(count, (n,))
done.acquire()
print(counter[0], sorted(finished))

# Thread-local data.
local = _thread._local()
local.x = 'main'
seen = []
def use_local():
    seen.append(hasattr(local, 'x'))
    local.x = 'thread'
    seen.append(local.x)
    seen.append(sorted(local.__dict__))
    done.release()
_thread.start_new_thread(use_local, ())
done.acquire()
print(seen, local.x, local.__dict__)
try:
    _thread._local(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    local.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)

class Counter(_thread._local):
    def __init__(self, start):
        self.value = start
c = Counter(10)
def bump():
    seen.append(('thread sees', c.value))
    c.value += 5
    seen.append(('thread has', c.value))
    done.release()
_thread.start_new_thread(bump, ())
done.acquire()
print(seen[-2:], c.value)

# A thread ending with SystemExit is silent; _thread.exit raises it.
def leave():
    try:
        _thread.exit()
    finally:
        done.release()
_thread.start_new_thread(leave, ())
done.acquire()
print('exit ok')

print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))
for bad in (-1, 100):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print(type(e).__name__, e)

# Busy-waiting main thread: the GIL is handed over at check points.
flag = []
def setter():
    total = 0
    for i in range(20000):
        total += i
    flag.append(total)
_thread.start_new_thread(setter, ())
spins = 0
while not flag:
    spins += 1
print(flag, spins >= 0)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1, 'a'):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
