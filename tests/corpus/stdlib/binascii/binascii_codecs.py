# binascii: hex (with separators), base64 (strict mode), uuencode, quoted-printable, crc32, crc_hqx, errors.
import binascii

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff\x10 binary \x7f\x80', b'The quick brown fox jumps over the lazy dog']
for s in samples:
    h = binascii.hexlify(s)
    b = binascii.b2a_base64(s)
    u = binascii.b2a_uu(s)
    print(h, binascii.unhexlify(h), b, binascii.a2b_base64(b), binascii.b2a_base64(s, newline=False), u, binascii.a2b_uu(u))
    print(binascii.b2a_uu(s, backtick=True), binascii.crc32(s), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
print(binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcdef', ':', -2))
print(binascii.hexlify(b'abcde', ':', 2), binascii.hexlify(b'abcde', ':', -2), binascii.b2a_hex(b'ab', sep=':'), binascii.hexlify(b'', ':'))
print(binascii.hexlify(b'abcdefgh', '_', 3), binascii.hexlify(b'abcdefgh', '_', -3), binascii.hexlify(b'ab', '_', 0))
print(binascii.a2b_hex('4142'), binascii.unhexlify(b'DeadBeef'), binascii.a2b_base64('YW Jj\n'), binascii.a2b_base64(b'YQ==YWJj'))
print(binascii.a2b_base64('YQ==', strict_mode=True), binascii.a2b_base64('YWJj', strict_mode=False), binascii.a2b_uu(b''), binascii.a2b_uu(b' \n'))
print(binascii.crc32(b'abc', -1), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc_hqx(b'abc', -1), binascii.crc_hqx(b'abc', 2**20 + 5))
qp = [b'hello', b'x=1\t\n.\nend ', b'a' * 100, b'caf\xc3\xa9 \t\r\nline two\r\n', b'_under score_', b'.', b'\x00\x01 tab\there\n']
for q in qp:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        e = binascii.b2a_qp(q, **kw)
        print(kw, e, binascii.a2b_qp(e, header=kw.get('header', False)))
print(binascii.a2b_qp(b'a=3Db=\nc=\r\nd==e=4=zz_x'), binascii.a2b_qp('a_b', True), binascii.a2b_qp(b'=4'))
tests = ['binascii.hexlify(b"ab", "--")', 'binascii.hexlify(b"ab", 5)', 'binascii.hexlify("ab")', 'binascii.unhexlify("abc")',
         'binascii.unhexlify("zz")', 'binascii.unhexlify("\\xe9\\xe9")', 'binascii.unhexlify(5)', 'binascii.a2b_base64("YW")',
         'binascii.a2b_base64("Y")', 'binascii.a2b_base64("YWJjZ")', 'binascii.a2b_base64("=YWJj", strict_mode=True)',
         'binascii.a2b_base64("YQ==YQ", strict_mode=True)', 'binascii.a2b_base64("Y!Q==", strict_mode=True)',
         'binascii.a2b_base64("YQ=a=", strict_mode=True)', 'binascii.b2a_uu(b"a" * 46)', 'binascii.a2b_uu(b"!!!!!")',
         'binascii.a2b_uu(b"a\\x01")', 'binascii.crc_hqx(b"abc")', 'binascii.crc32()', 'binascii.crc32("s")', 'binascii.b2a_base64("s")',
         'binascii.b2a_base64(b"x", newline=1.5)', 'binascii.a2b_qp(5)', 'binascii.b2a_hex(data=b"x")']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, sorted(n for n in dir(binascii) if not n.startswith('_')))
