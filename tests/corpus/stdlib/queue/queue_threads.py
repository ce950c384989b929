import queue, threading

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads: t.start()
for i in range(30): q.put(i)
q.join()
for _ in threads: q.put(None)
for t in threads: t.join()
print(sorted(results) == [i * 2 for i in range(30)], q.qsize(), q.empty())

lq = queue.LifoQueue()
for x in range(5): lq.put(x)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]: pq.put(x)
print([pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full())
try:
    bq.put(3, block=False)
except queue.Full:
    print('Full')
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(bq.get_nowait(), bq.get(), bq.empty())
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    bq.task_done(); bq.task_done(); bq.task_done()
except ValueError as e:
    print('ValueError', e)

sq = queue.SimpleQueue()
print(type(sq).__module__, type(sq).__name__)
sq.put(1); sq.put_nowait(2); sq.put('three', block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
try:
    sq.get(block=False)
except queue.Empty as e:
    print('Empty', type(e).__module__, repr(e))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(queue.SimpleQueue[int], queue.Queue[str])
out = []
def producer():
    for i in range(100):
        sq.put(i)
t = threading.Thread(target=producer); t.start()
for _ in range(100):
    out.append(sq.get())
t.join()
print(out == list(range(100)), sq.empty())
print(queue.Empty.__module__, queue.Empty.__mro__[1].__name__)
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print('TypeError', e)
