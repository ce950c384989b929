# Every CJK codec against the oracle (CjkCodecOracleTests runs this on Kaa and on CPython and compares the
# output line by line). Large sweeps print a CRC of their results; CJK_DETAIL=1 prints them whole instead.
import codecs
import os
import sys
import zlib

DETAIL = os.environ.get('CJK_DETAIL') == '1'

CODECS = ['gb2312', 'gbk', 'gb18030', 'hz', 'big5', 'cp950', 'big5hkscs', 'cp949', 'euc_kr', 'johab',
          'euc_jp', 'shift_jis', 'cp932', 'euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213',
          'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext',
          'iso2022_kr']
if len(sys.argv) > 1:
    CODECS = sys.argv[1:]


def crc(label, value):
    if DETAIL:
        print(label, ascii(value))
    else:
        data = value if isinstance(value, bytes) else ascii(value).encode()
        print(label, len(value), zlib.crc32(data))


def outcome(f):
    try:
        return ascii(f())
    except Exception as e:
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            return '%s(%r, %r, %r, %r)' % (type(e).__name__, e.encoding, e.start, e.end, e.reason)
        return '%s: %s' % (type(e).__name__, e)


seen = []


def recording(e):
    seen.append((type(e).__name__, e.start, e.end, e.reason))
    if isinstance(e, UnicodeDecodeError):
        return ('<%d:%d>' % (e.start, e.end), e.end)
    return ('[%d]' % e.start, e.start + 1)


def skipping(e):
    # resumes two past the start (or at the end): positions from handlers are honoured
    return ('#', min(e.start + 2, len(e.object)))


codecs.register_error('test.recording', recording)
codecs.register_error('test.skipping', skipping)
codecs.register_error('test.bytes', lambda e: (b'?!', e.end))
codecs.register_error('test.badtype', lambda e: (1, e.end))
codecs.register_error('test.badpos', lambda e: ('x', 10 ** 6))
codecs.register_error('test.negpos', lambda e: ('x', (e.end - len(e.object)) or len(e.object)))

ALL_TEXT = ''.join(chr(c) for c in range(0x80, 0x30000) if not 0xD800 <= c < 0xE000)
CHUNK = 8192

for name in CODECS:
    print('==', name)
    # every code point up to plane 2 (and a sample of the rest): what encodes, and how it decodes back
    encoded_parts = []
    decoded_parts = []
    for i in range(0, len(ALL_TEXT), CHUNK):
        chunk = ALL_TEXT[i:i + CHUNK]
        encoded_parts.append(chunk.encode(name, 'backslashreplace'))
        mappable = chunk.encode(name, 'ignore')
        back = mappable.decode(name, 'backslashreplace')
        decoded_parts.append(back)
        if back.encode(name, 'backslashreplace') != mappable:
            print('round trip differs in chunk', i // CHUNK)
    crc('encode all', b''.join(encoded_parts))
    crc('round trip', ''.join(decoded_parts))
    crc('encode astral', ''.join(chr(c) for c in range(0x30000, 0x110000, 97)).encode(name, 'backslashreplace'))
    # every one- and two-byte sequence, and the three-byte ones after 0x8f
    parts = []
    for lead in range(256):
        data = b''.join(bytes([lead, t]) for t in range(256))
        parts.append(data.decode(name, 'backslashreplace'))
    crc('decode pairs', ''.join(parts))
    parts = []
    for t in range(256):
        data = b''.join(bytes([0x8f, t, u]) for u in range(256))
        parts.append(data.decode(name, 'replace'))
    crc('decode triples', ''.join(parts))
    if name == 'gb18030':
        parts = []
        for a in range(0x80, 0x100, 3):
            data = b''.join(bytes([a, 0x30 + b, c, 0x30 + d]) for b in range(10) for c in range(0x80, 0x100, 5) for d in range(10))
            parts.append(data.decode(name, 'backslashreplace'))
        crc('decode quads', ''.join(parts))
    # error handlers on bad input
    bad_inputs = [b'\x80', b'\x81', b'\xff', b'a\x81', b'\x81\x20', b'\xa1\xa1\xa1', b'\x8e', b'\x8f\xa1',
                  b'\x8f\xa1\xa1', b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4', b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4',
                  b'\xa4\xd4\xa5\xa1\xa4\xbf\xa4\xd4', b'\x81\x30', b'\x81\x30\x81', b'\x81\x30\x81\x30',
                  b'\x84\x31\xa4\x39', b'\xe3\x32\x9a\x35', b'\xfe\x39\xfe\x39', b'~', b'~{', b'~{\x21', b'~{\x21\x21~}',
                  b'~x', b'~\n', b'~}', b'\x1b', b'\x1b$', b'\x1b$B', b'\x1b$B\x30', b'\x1b$B\x30\x21\x1b(B',
                  b'\x1b(Z', b'\x1b(Jab\\~', b'\x1b(Iab', b'\x1b$)C\x0e\x30\x21\x0fa', b'\x1b$(Q\x24\x77',
                  b'\x1b$(D\x22\x2f', b'\x1b.A\x1bNa', b'\x1b.F\x1bNa\x1bN\xc1', b'\x1bNa', b'\x1b&@\x1b$B\x30\x21',
                  b'\x1bx', b'\x1b$Bab\ncd', b'\x0e\x0f', b'\x1b$(Oab', b'\x1b$(P\x7d\x3b', b'\x1b$A\x30\x21',
                  b'\x1b$(C\x30\x21', b'\x1b(B\x80', b'\x1b$B\x7f\x7f', b'\x1b.J\x1bNa',
                  b'\xae\xa1', b'\x87\x9f', b'\xa1\xc0', b'\xfc\xfc', b'\xa0', b'\xfd', b'\xc8\x7e', b'\x88\x62\x88\x64']
    for data in bad_inputs:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'test.recording',
                       'test.skipping', 'test.badtype', 'test.badpos', 'test.negpos']:
            seen.clear()
            print(ascii(data), errors, outcome(lambda: data.decode(name, errors)), seen)
    bad_texts = ['\x80', 'a\udc80b', '\u20ac', '\U0001f600', 'a\uffffb', '\u00ca', '\u00ca\u0304', '\u00ca\u030c',
                 '\u304b\u309a', '\u304b', '\u02e9\u02e5', '\u02e9', '\u00e6\u0300', '~', '~a~', 'é', 'Ω', '¥‾',
                 '\uff5e\uff3c', '\u9b1c\u9b1d', '\U00020b9f', '\U0002000b', 'Ａ한', '가각', '\uac02', 'x\u3000y']
    for text in bad_texts:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                       'surrogateescape', 'surrogatepass', 'test.recording', 'test.skipping', 'test.bytes',
                       'test.badtype', 'test.badpos', 'test.negpos']:
            seen.clear()
            print(ascii(text), errors, outcome(lambda: text.encode(name, errors)), seen)
    # incremental and stream use
    sample = '中文 日本語 한국어 \u304b\u309a \u00ca\u0304 abc ~ 繁體'
    data = sample.encode(name, 'ignore')
    dec = codecs.getincrementaldecoder(name)()
    pieces = []
    for i in range(len(data)):
        pieces.append(dec.decode(data[i:i + 1]))
        pieces.append(dec.getstate())
    pieces.append(dec.decode(b'', True))
    print('incremental decode', ascii(pieces))
    dec = codecs.getincrementaldecoder(name)('replace')
    print('incremental final', outcome(lambda: (dec.decode(data[:-1]), dec.getstate(), dec.decode(b'', True))))
    dec = codecs.getincrementaldecoder(name)()
    print('incremental strict', outcome(lambda: (dec.decode(b'\x1b$'), dec.decode(b'', True))), outcome(dec.getstate))
    enc = codecs.getincrementalencoder(name)()
    pieces = []
    for ch in sample:
        pieces.append(outcome(lambda: enc.encode(ch)))
        pieces.append(enc.getstate())
    pieces.append(outcome(lambda: enc.encode('', True)))
    print('incremental encode', ascii(pieces))
    enc = codecs.getincrementalencoder(name)('ignore')
    print('encoder state', outcome(lambda: (enc.encode('\u304b'), enc.getstate(), enc.setstate(enc.getstate()), enc.encode('\u309a', True))))
    enc.errors = 'xmlcharrefreplace'
    print('errors attribute', enc.errors, outcome(lambda: enc.encode('\u20ac\U0001f600', True)))
    import io
    stream = io.BytesIO(data + data)
    reader = codecs.getreader(name)(stream)
    print('stream read', outcome(lambda: (reader.read(3), reader.readline(), reader.read(), reader.read())))
    stream = io.BytesIO()
    writer = codecs.getwriter(name)(stream, 'replace')
    writer.write(sample)
    writer.writelines(['\u304b', 'x', '\u304b'])
    writer.reset()
    print('stream writer errors', outcome(lambda: codecs.getwriter(name)(io.BytesIO()).write('\U0001f600')))
    print('stream write', ascii(stream.getvalue()))
