# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile (rollover), mkstemp/mkdtemp with prefix/suffix/dir, cleanup.
import tempfile, os
with tempfile.TemporaryDirectory(prefix='pre_', suffix='_suf') as d:
    name = os.path.basename(d); print(name.startswith('pre_'), name.endswith('_suf'), os.path.isdir(d))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt', prefix='n', delete=False) as f:
        f.write('hello'); f.seek(0); print(f.read(), os.path.dirname(f.name) == d, os.path.basename(f.name)[0], f.name.endswith('.txt'))
    print(os.path.exists(f.name)); os.unlink(f.name)
    with tempfile.NamedTemporaryFile(dir=d) as g:
        g.write(b'bytes'); g.flush(); print(os.path.getsize(g.name), g.mode if hasattr(g, 'mode') else '', type(g).__name__)
    print(os.path.exists(g.name))
    fd, p = tempfile.mkstemp(suffix='.dat', dir=d); os.write(fd, b'abc'); os.close(fd); print(open(p, 'rb').read(), oct(os.stat(p).st_mode & 0o777), p.endswith('.dat'))
    dd = tempfile.mkdtemp(dir=d); print(oct(os.stat(dd).st_mode & 0o777), os.path.dirname(dd) == d)
    print(sorted(os.path.splitext(x)[1] for x in os.listdir(d)))
    bd = tempfile.mkdtemp(dir=d.encode()); print(type(bd).__name__)
print(os.path.exists(d))
with tempfile.TemporaryFile('w+b') as t:
    t.write(b'xyz'); t.seek(0); print(t.read())
s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
s.write('short'); print(s._rolled, s.tell()); s.write('x' * 20); print(s._rolled); s.seek(0); print(len(s.read())); s.close()
s2 = tempfile.SpooledTemporaryFile(max_size=100); s2.write(b'data'); s2.rollover(); print(s2._rolled); s2.close()
td = tempfile.TemporaryDirectory(); p = td.name; print(os.path.isdir(p)); td.cleanup(); print(os.path.exists(p)); td.cleanup()
print(tempfile.gettempdir() == tempfile.gettempdir(), type(tempfile.gettempprefix()).__name__, type(tempfile.gettempdirb()).__name__, tempfile.template)
try: tempfile.mkstemp(dir='/nonexistent/dir')
except FileNotFoundError as e: print(type(e).__name__, e.strerror)
try: tempfile.mkdtemp(dir=b'/tmp', prefix='x')
except TypeError as e: print(type(e).__name__, e)
n = tempfile._RandomNameSequence(); print(len(next(n)), all(c in n.characters for c in next(n)))
with tempfile.TemporaryDirectory() as d2:
    os.makedirs(os.path.join(d2, 'x', 'y')); open(os.path.join(d2, 'x', 'y', 'f'), 'w').close()
print(os.path.exists(d2))
