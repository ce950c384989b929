# lzma.open / LZMAFile and the filter property helpers.
import io
import lzma
import os
import tempfile
import _lzma

d = tempfile.mkdtemp()
path = os.path.join(d, 'x.xz')
with lzma.open(path, 'wt', encoding='utf-8', preset=2) as f:
    for i in range(500):
        print('line', i, 'ü' * (i % 3), file=f)
with lzma.open(path, 'rt', encoding='utf-8') as f:
    lines = f.read().splitlines()
print(len(lines), lines[1], lines[-1])
with lzma.LZMAFile(path, 'ab') as f:
    f.write(b'second stream\n')
with lzma.LZMAFile(path) as f:
    f.seek(50)
    print(f.read(20), f.tell())
    print(f.readlines()[-1])
    f.seek(0)
    print(f.readline())
buf = io.BytesIO()
with lzma.LZMAFile(buf, 'w', format=lzma.FORMAT_ALONE) as f:
    f.write(b'in memory ' * 20)
print(len(buf.getvalue()), lzma.decompress(buf.getvalue())[:20])
for args in [dict(mode='rw'), dict(mode='rb', encoding='utf-8'), dict(mode='r', format=lzma.FORMAT_RAW)]:
    try:
        lzma.open(path, **args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)

for spec in [{'id': lzma.FILTER_LZMA1}, {'id': lzma.FILTER_LZMA1, 'preset': 1, 'lc': 1, 'lp': 2, 'pb': 1},
             {'id': lzma.FILTER_LZMA2, 'dict_size': 1 << 20}, {'id': lzma.FILTER_DELTA, 'dist': 9},
             {'id': lzma.FILTER_ARM, 'start_offset': 16}]:
    props = _lzma._encode_filter_properties(spec)
    print(props, _lzma._decode_filter_properties(spec['id'], props))
for f in [lambda: _lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1, 'preset': 2**33}),
          lambda: _lzma._encode_filter_properties({'id': -1}), lambda: _lzma._encode_filter_properties({'id': 'x'}),
          lambda: _lzma._decode_filter_properties(lzma.FILTER_LZMA1, b'x'), lambda: _lzma._decode_filter_properties(1),
          lambda: _lzma.is_check_supported('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print([n for n in dir(_lzma) if n.isupper()])
print(_lzma.LZMAError.__doc__, _lzma.LZMAError.__module__, lzma.LZMAError is _lzma.LZMAError)
