# _thread's primitive locks and RLock: acquire/release rules, timeouts, argument errors, reprs.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock).__module__, type(lock) is _thread.LockType)
print(repr(lock).split(' at ')[0])
print(lock.acquire(), lock.locked(), repr(lock).split(' at ')[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
for args, kw in [((), {'timeout': 'x'}), ((None,), {}), ((False,), {'timeout': 1}), ((), {'timeout': -2}),
                 ((), {'timeout': 1e20}), ((), {'timeout': 1e10}), ((1, 2, 3), {}), ((), {'foo': 1}),
                 ((1.5,), {}), ((), {'timeout': float('nan')}), ((), {'timeout': -1})]:
    try:
        print(args, kw, lock.acquire(*args, **kw))
        lock.release()
    except Exception as e:
        print(args, kw, type(e).__name__, e)
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e, _thread.error is RuntimeError)
with lock:
    print('inside', lock.locked())
print('outside', lock.locked())
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
try:
    _thread.LockType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class L(_thread.LockType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(lock) if not n.startswith('__')))

r = _thread.RLock()
print(repr(r).split(' at ')[0])
print(r.acquire(), r.acquire(), r._is_owned(), repr(r).split(' owner=')[0])
print(r._release_save()[0], r._is_owned())
r._acquire_restore((3, _thread.get_ident()))
print(repr(r).split(' count=')[1].split(' ')[0])
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    r._release_save()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    r._acquire_restore(1)
except TypeError as e:
    print(type(e).__name__, e)
with r:
    with r:
        print('nested', r._is_owned())
print(r._is_owned())
class MyRLock(_thread.RLock):
    pass
m = MyRLock()
print(repr(m).split(' owner=')[0], isinstance(m, _thread.RLock))
print(sorted(n for n in dir(r) if not n.startswith('__')))
print(_thread.TIMEOUT_MAX, _thread.stack_size(), _thread._count())
