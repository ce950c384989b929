# _posixshmem: shm_open/shm_unlink (names, flags, modes, errors).
import _posixshmem
import os

name = '/kaa_corpus_shm_%d' % 7
try:
    _posixshmem.shm_unlink(name)
except FileNotFoundError:
    pass
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
print(type(fd).__name__, fd >= 0)
os.ftruncate(fd, 4096)
print(os.fstat(fd).st_size, oct(os.fstat(fd).st_mode & 0o777))
os.write(fd, b'hello')
os.close(fd)
try:
    _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
fd = _posixshmem.shm_open(path=name, flags=os.O_RDONLY)
print(os.read(fd, 5))
os.close(fd)
print(_posixshmem.shm_unlink(name))
for call in [lambda: _posixshmem.shm_unlink(name), lambda: _posixshmem.shm_open(name, os.O_RDONLY),
             lambda: _posixshmem.shm_open(1, 0), lambda: _posixshmem.shm_unlink(None), lambda: _posixshmem.shm_open(name), lambda: _posixshmem.shm_unlink(),
             lambda: _posixshmem.shm_open(name, 0, 0, 1), lambda: _posixshmem.shm_open(name, 'x'),
             lambda: _posixshmem.shm_unlink('a\0b'), lambda: _posixshmem.shm_open(name, 0, foo=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(_posixshmem) if not n.startswith('_')))
