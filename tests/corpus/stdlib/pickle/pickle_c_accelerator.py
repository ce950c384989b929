# pickle: what the C accelerator (_pickle) shows that the pure-Python pickle words differently: errors for
# local objects, garbage and truncated data, the EOF message, PickleBuffer, and the classes' kinds.
import pickle, io
def local():
    def inner(): pass
    return inner
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(local()), lambda: pickle.loads(b'garbage'), lambda: pickle.loads(b''),
            lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]), lambda: pickle.loads(b'\x80\x09.'), lambda: pickle.loads(b'(lp0\nI1\n')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
u = pickle.Unpickler(io.BytesIO(b''))
try: u.load()
except EOFError as e: print(type(e).__name__, e)
b5 = pickle.PickleBuffer(b'zero-copy'); bufs = []; s = pickle.dumps(b5, protocol=5, buffer_callback=bufs.append); print(len(bufs), bytes(pickle.loads(s, buffers=bufs)))
print(pickle.Pickler.__module__, pickle.Unpickler.__module__, type(pickle.dumps).__name__, pickle.PicklingError.__module__)
