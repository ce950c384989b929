# open(): the object built for each mode, buffering, and argument errors.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')

def show(label, f):
    try:
        r = f()
        print(label, repr(r).replace(d, '<d>'))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(d, '<d>'))

with open(p, 'w') as f:
    print(repr(f).replace(d, '<d>'), f.mode, f.encoding, f.errors, f.line_buffering, f.write_through)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
for mode in ['r', 'rb', 'r+', 'r+b', 'w+', 'wb', 'a', 'ab', 'a+b', 'rt', 'br']:
    with open(p, mode) as f:
        print(mode, repr(f).replace(d, '<d>'), getattr(f, 'mode', None))
with open(p, 'rb', buffering=0) as f:
    print(repr(f).replace(d, '<d>'))
with open(p, 'w', buffering=1) as f:
    print('line_buffering', f.line_buffering)
with open(p, 'rb', buffering=16) as f:
    print('small buffer', f.read())
for mode in ['rw', 'rr', 'U', 'rU', 'z', 'rbt', 'xt', '', 'ww']:
    show('mode ' + repr(mode), lambda: open(p, mode))
show('encoding+binary', lambda: open(p, 'rb', encoding='utf-8'))
show('errors+binary', lambda: open(p, 'rb', errors='strict'))
show('newline+binary', lambda: open(p, 'rb', newline=''))
show('bad newline', lambda: open(p, 'r', newline='x'))
show('unbuffered text', lambda: open(p, 'r', buffering=0))
show('mode type', lambda: open(p, 1))
show('buffering type', lambda: open(p, 'r', 'x'))
show('encoding type', lambda: open(p, 'r', encoding=3))
show('unknown encoding', lambda: open(p, 'r', encoding='no-such-codec'))
show('not text encoding', lambda: open(p, 'r', encoding='hex'))
show('missing file', lambda: open(os.path.join(d, 'nope.txt')))
show('missing relative', lambda: open('no/such/file.txt'))
show('directory', lambda: open(d))
show('exclusive exists', lambda: open(p, 'x'))
show('file type', lambda: open(1.5))
show('open_code', lambda: io.open_code(p).read())
show('open_code bytes', lambda: io.open_code(p.encode()))
show('is io.open', lambda: open is io.open)
show('text_encoding', lambda: (io.text_encoding(None), io.text_encoding('latin-1')))
show('DEFAULT_BUFFER_SIZE', lambda: io.DEFAULT_BUFFER_SIZE)
os.remove(p)
os.rmdir(d)
