# _dbm's error messages: key and value types, closed databases, bad flags and modes, missing files,
# argument counts, and what the type refuses (instantiation, iteration, pickling).
import _dbm, os, pickle, shutil, tempfile
tmp = tempfile.mkdtemp()
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(tmp, 'TMP'))
try:
    path = os.path.join(tmp, 'db')
    d = _dbm.open(path, 'c')
    d['a'] = 'b'
    attempt('int key', lambda: d[1])
    attempt('bytearray key', lambda: d[bytearray(b'a')])
    attempt('memoryview key', lambda: d[memoryview(b'a')])
    attempt('surrogate key', lambda: d['a\udc80'])
    attempt('set int key', lambda: d.__setitem__(1, b'x'))
    attempt('set surrogate key', lambda: d.__setitem__('a\udc80', b'x'))
    attempt('set int value', lambda: d.__setitem__('a', 1))
    attempt('set bytearray value', lambda: d.__setitem__('a', bytearray(b'x')))
    attempt('del missing', lambda: d.__delitem__('zz'))
    attempt('contains int', lambda: 1 in d)
    attempt('contains bytearray', lambda: bytearray(b'a') in d)
    attempt('get int', lambda: d.get(1))
    attempt('get none', lambda: d.get())
    attempt('get three', lambda: d.get('a', 1, 2))
    attempt('get keyword', lambda: d.get(key='a'))
    attempt('get default keyword', lambda: d.get('a', default=1))
    attempt('setdefault int value', lambda: d.setdefault('q', 3))
    attempt('setdefault none', lambda: d.setdefault())
    attempt('setdefault three', lambda: d.setdefault(1, 2, 3))
    attempt('keys arg', lambda: d.keys(1))
    attempt('close arg', lambda: d.close(1))
    attempt('enter arg', lambda: d.__enter__(1))
    attempt('exit keyword', lambda: d.__exit__(x=1))
    attempt('iter', lambda: iter(d))
    attempt('new', lambda: type(d)())
    attempt('pickle', lambda: pickle.dumps(d))
    attempt('eq', lambda: (d == d, d != d))
    attempt('flag x', lambda: _dbm.open(path, 'x'))
    attempt('flag int', lambda: _dbm.open(path, 5))
    attempt('flag nul', lambda: _dbm.open(path, 'r\0'))
    attempt('mode float', lambda: _dbm.open(path, 'r', 1.5))
    attempt('mode big', lambda: _dbm.open(path, 'r', 2**40))
    attempt('no args', lambda: _dbm.open())
    attempt('four args', lambda: _dbm.open(path, 'r', 1, 2))
    attempt('keyword', lambda: _dbm.open(path, flags='r'))
    attempt('int name', lambda: _dbm.open(1))
    attempt('nul name', lambda: _dbm.open('a\0b'))
    attempt('missing dir', lambda: _dbm.open(os.path.join(tmp, 'no', 'db')).keys())
    try:
        _dbm.open(os.path.join(tmp, 'no', 'db'))
    except _dbm.error as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    attempt('missing r', lambda: _dbm.open(os.path.join(tmp, 'none'), 'r'))
    with d as e:
        print(e is d)
    for label, f in [('getitem', lambda: d['a']), ('len', lambda: len(d)), ('contains', lambda: 'a' in d),
                     ('keys', lambda: d.keys()), ('get', lambda: d.get('a')), ('setitem', lambda: d.__setitem__('a', 'b')),
                     ('setitem int', lambda: d.__setitem__(1, 'b')), ('setdefault', lambda: d.setdefault('a')),
                     ('getitem int', lambda: d[1]), ('delitem', lambda: d.__delitem__('a')), ('close again', lambda: d.close())]:
        attempt('closed ' + label, f)
    r = _dbm.open(path, 'r')
    attempt('readonly set', lambda: r.__setitem__('x', 'y'))
    attempt('readonly del', lambda: r.__delitem__('a'))
    attempt('readonly setdefault', lambda: r.setdefault('new', 'v'))
    r.close()
finally:
    shutil.rmtree(tmp)
