import _queue
print(sorted(dir(_queue.SimpleQueue)))
print(_queue.__doc__); print(_queue.SimpleQueue.__doc__); print(_queue.Empty.__doc__, _queue.Empty.__module__)
q=_queue.SimpleQueue()
for f in [lambda: _queue.SimpleQueue(1), lambda: _queue.SimpleQueue(a=1), lambda: q.get(1,2,3), lambda: q.get(timeout='x'), lambda: q.get(True, -1), lambda: q.put(), lambda: q.get(False, 'x'), lambda: q.get(block=0), lambda: q.get(timeout=1e300)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
class Q(_queue.SimpleQueue): pass
print(Q().qsize(), repr(q)[:28])
import weakref; weakref.ref(q)
