# lzma.compress / decompress: the three formats, presets, checks, exact bytes, concatenated streams.
import hashlib
import lzma

data = b''.join(b'%d: the quick brown fox\n' % i for i in range(2000))
for fmt, name in [(lzma.FORMAT_XZ, 'xz'), (lzma.FORMAT_ALONE, 'alone')]:
    for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
        c = lzma.compress(data, format=fmt, preset=preset)
        print(name, preset, len(c), hashlib.sha256(c).hexdigest()[:16], lzma.decompress(c) == data,
              lzma.decompress(c, format=fmt) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(b'check me', check=check)
    d = lzma.LZMADecompressor()
    print(check, len(c), d.decompress(c), d.check, lzma.is_check_supported(check))
print(lzma.compress(b''))
print(lzma.compress(b'abc', format=lzma.FORMAT_ALONE))
raw_filters = [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 1}]
c = lzma.compress(data, format=lzma.FORMAT_RAW, filters=raw_filters)
print(len(c), lzma.decompress(c, format=lzma.FORMAT_RAW, filters=raw_filters) == data)
c = lzma.compress(data, filters=[{'id': lzma.FILTER_X86}, {'id': lzma.FILTER_LZMA2, 'dict_size': 1 << 16, 'lc': 2,
                                                             'mode': lzma.MODE_FAST, 'mf': lzma.MF_HC4, 'nice_len': 32}])
print(len(c), hashlib.sha256(c).hexdigest()[:16], lzma.decompress(c) == data)
two = lzma.compress(b'one ') + lzma.compress(b'two')
print(lzma.decompress(two), lzma.decompress(two, format=lzma.FORMAT_XZ))
for bad in [b'not xz', lzma.compress(b'truncated stream')[:-8], two + b'junk']:
    try:
        print(lzma.decompress(bad))
    except lzma.LZMAError as e:
        print('LZMAError', e)
for kw in [dict(format=lzma.FORMAT_RAW), dict(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32), dict(preset=10),
           dict(preset=1, filters=[]), dict(format=42)]:
    try:
        lzma.compress(b'x', **kw)
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
try:
    lzma.decompress(lzma.compress(data), memlimit=1024)
except lzma.LZMAError as e:
    print('LZMAError', e)
