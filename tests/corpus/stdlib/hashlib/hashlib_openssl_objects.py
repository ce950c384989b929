# _hashlib (CPython's OpenSSL binding): HASH and HASHXOF objects by name and by constructor, OpenSSL's
# names and aliases, copy, sizes, repr, the module's tables, and the argument errors.
import _hashlib, hashlib

print(sorted(_hashlib.openssl_md_meth_names))
print(sorted(_hashlib._constructors.values()), type(_hashlib._constructors).__name__)
print(hashlib.sha256 is _hashlib.openssl_sha256, hashlib.md5 is _hashlib.openssl_md5, _hashlib.get_fips_mode())
print(sorted(hashlib.algorithms_available))
for name in sorted(_hashlib.openssl_md_meth_names):
    h = _hashlib.new(name, b'The quick brown fox' * 7)
    xof = type(h) is _hashlib.HASHXOF
    print(name, h.name, type(h).__name__, h.digest_size, h.block_size,
          h.hexdigest(24) if xof else h.hexdigest())
    c = h.copy()
    c.update(memoryview(b'more'))
    h.update(bytearray(b'more'))
    print('  copy', type(c).__name__, (c.digest(8) == h.digest(8)) if xof else (c.digest() == h.digest()))
# Data fed in pieces across a few kilobytes, with copies taken along the way.
for name in ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'shake_128']:
    h = _hashlib.new(name)
    copies = []
    for i, n in enumerate([0, 1, 63, 64, 1000, 920, 1, 2, 3000, 70000]):
        h.update(bytes([i % 256]) * n)
        copies.append(h.copy())
    out = [c.hexdigest(12) if name.startswith('shake') else c.hexdigest()[:24] for c in copies[::3]]
    print(name, out, h.digest(5) if name.startswith('shake') else h.digest()[:5])
for alias in ['SHA256', 'Sha256', 'SHA-256', 'sha2-256', 'SHA512_224', 'SHA512-256', 'SHA2-512/256', 'sha-1',
              'ssl3-md5', 'RIPEMD160', 'rmd160', 'ripemd', 'MD5-SHA1', 'md5-SHA1', 'SHA3-256', 'SHAKE128',
              'blake2b512', 'BLAKE2S-256', 'BLAKE2b512', 'SM3', 'SHA3_256', 'Shake_128', 'MD5SHA1', 'md4', '']:
    try:
        print(repr(alias), _hashlib.new(alias).name)
    except ValueError as e:
        print(repr(alias), type(e).__name__, e)
print(_hashlib.openssl_sha1(string=b'abc').hexdigest(), _hashlib.new(name='md5', string=b'abc').hexdigest())
print(_hashlib.openssl_sha3_224(b'x', usedforsecurity=False).hexdigest(), _hashlib.new('sha1', usedforsecurity=0).name)
print(hashlib.new('blake2b', b'abc', usedforsecurity=False).hexdigest()[:16], hashlib.sha512(b'x').hexdigest()[:16])
s = _hashlib.openssl_shake_256(b'data')
print(s.digest(length=5), s.hexdigest(0), len(s.digest(1000)), s.digest_size, s.block_size)
print(repr(_hashlib.new('sha1')).split(' @ 0x')[0], repr(s).split(' @ 0x')[0])
print(_hashlib.HASH, _hashlib.HASHXOF.__mro__, _hashlib.HASH.__module__)
print(_hashlib.HASH.__doc__.splitlines()[0], _hashlib.new.__doc__.splitlines()[0], _hashlib.openssl_md5.__doc__)

class Sub(_hashlib.HASH):
    pass

tests = [
    "_hashlib.new('sha256', 'text')", "_hashlib.new('sha256', 5)", "_hashlib.new('foo', 'text')",
    "_hashlib.new(b'sha256')", "_hashlib.new('sha\\0256')", "_hashlib.new()", "_hashlib.new('md5', b'', True)",
    "_hashlib.new('md5', b'', 1, 2)", "_hashlib.new('md5', bad=1)", "_hashlib.openssl_md5(b'a', b'b')",
    "_hashlib.openssl_md5(data=b'a')", "_hashlib.openssl_sha256('x')", "_hashlib.openssl_sha1([1])",
    "_hashlib.new('sha1').update('x')", "_hashlib.new('sha1').update()", "_hashlib.new('sha1').update(obj=b'')",
    "_hashlib.new('sha1').digest(3)", "_hashlib.openssl_shake_128().digest()", "_hashlib.openssl_shake_128().digest('x')",
    "_hashlib.openssl_shake_128().digest(1.5)", "_hashlib.openssl_shake_128().hexdigest(2**70)",
    "_hashlib.HASH()", "_hashlib.HASHXOF()", "_hashlib.HMAC()", "Sub()", "_hashlib.get_fips_mode(1)",
    "_hashlib.compare_digest(b'a', b'a')", "_hashlib.compare_digest('a', 'b')", "_hashlib.compare_digest('a', b'a')",
    "_hashlib.compare_digest('\\xe9', '\\xe9')", "_hashlib.compare_digest(1, 2)", "_hashlib.compare_digest(b'a')",
    "_hashlib.new('sha1').name.upper()", "_hashlib.new('sha1').name = 'x'",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
