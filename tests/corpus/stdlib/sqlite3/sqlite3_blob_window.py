# sqlite3 Blob (blobopen, read/write/seek, indexing and slices, errors), serialize/deserialize, backup with progress,
# window functions, load_extension failure.
import sqlite3
c = sqlite3.connect(':memory:')
c.execute('create table b (x blob)')
c.execute('insert into b values (zeroblob(10))')
with c.blobopen('b', 'x', 1) as blob:
    print(len(blob), blob.tell(), blob.read(3), blob.tell())
    blob.write(b'abc'); blob.seek(0); print(blob.read())
    blob[0] = 65; print(blob[0], blob[-1], blob[1:4], blob[::3])
    blob[0:2] = b'zz'; blob[::5] = b'QR'
    print(blob.read(), blob[:])
    for t in [lambda: blob.seek(11), lambda: blob.seek(0, 7), lambda: blob.write(b'x' * 20), lambda: blob[10], lambda: blob['a'], lambda: blob.__setitem__(0, 256), lambda: blob.__setitem__(0, 'a'), lambda: blob.__delitem__(0), lambda: blob.__setitem__(slice(0,2), b'a')]:
        try: print(repr(t()))
        except Exception as e: print(type(e).__name__, e)
try: blob.read()
except Exception as e: print(type(e).__name__, e)
try: c.blobopen('b', 'nope', 1)
except Exception as e: print(type(e).__name__, e)
ro = c.blobopen('b', 'x', 1, readonly=True)
try: ro.write(b'a')
except Exception as e: print(type(e).__name__, e)
ro.close()
data = c.serialize()
print(type(data), len(data) > 0)
d = sqlite3.connect(':memory:')
d.deserialize(data)
print(d.execute('select length(x) from b').fetchall())
e = sqlite3.connect(':memory:')
steps = []
d.backup(e, pages=1, progress=lambda *a: steps.append(a))
print(e.execute('select count(*) from b').fetchone(), steps[-1][0])
try: c.backup(c)
except Exception as ex: print(type(ex).__name__, ex)
class W:
    def __init__(self): self.v = 0
    def step(self, x): self.v += x
    def inverse(self, x): self.v -= x
    def value(self): return self.v
    def finalize(self): return self.v
c.create_window_function('wsum', 1, W)
c.execute('create table n (i)'); c.executemany('insert into n values (?)', [(i,) for i in range(6)])
print(c.execute('select i, wsum(i) over (order by i rows between 1 preceding and 1 following) from n').fetchall())
try: c.load_extension('nonexistent_ext')
except Exception as ex: print(type(ex).__name__)
c.enable_load_extension(False)
print(sorted(n for n in dir(sqlite3.Connection)) == sorted(n for n in dir(sqlite3.Connection)))
