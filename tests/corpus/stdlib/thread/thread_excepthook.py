# _thread._excepthook and _ExceptHookArgs (what threading.excepthook uses), the unraisable report of a
# thread function that raised, and interrupt_main.
import _thread
import sys

print(_thread._ExceptHookArgs.__mro__[1:], _thread._ExceptHookArgs.n_sequence_fields)
try:
    raise ValueError('in thread')
except ValueError as e:
    exc = e
class Named:
    name = 'Main-ish'
args = _thread._ExceptHookArgs((type(exc), exc, exc.__traceback__, Named()))
print(args.exc_type.__name__, args.exc_value, args.thread.name)
_thread._excepthook(args)
print(_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, None))))
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)

class FakeThread:
    name = 'Worker-7'
_thread._excepthook(_thread._ExceptHookArgs((KeyError, KeyError('k'), None, FakeThread())))

done = _thread.allocate_lock()
done.acquire()
def fails():
    try:
        1 / 0
    finally:
        done.release()
_thread.start_new_thread(fails, ())
done.acquire()
# The report is written when the thread ends; wait for it to be gone.
while _thread._count():
    pass
sys.stderr.flush()
print('after failing thread')

try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    _thread.interrupt_main(0)
except ValueError as e:
    print(type(e).__name__, e)
