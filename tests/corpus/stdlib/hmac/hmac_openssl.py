# HMAC through _hashlib (hmac.new and hmac.digest use it for OpenSSL's digests): the HMAC object, every
# digest, keys longer than a block, copy, digestmod forms, and the errors of hmac_new and hmac_digest.
import _hashlib, hashlib, hmac

for name in sorted(_hashlib.openssl_md_meth_names - {'shake_128', 'shake_256'}):
    for key in [b'', b'key', b'k' * 64, b'K' * 200]:
        h = _hashlib.hmac_new(key, b'message', name)
        assert h.digest() == _hashlib.hmac_digest(key, b'message', name) == hmac.digest(key, b'message', name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'secret', digestmod='sha256')
print(type(h._hmac).__name__ if hasattr(h, '_hmac') else None, h.name, h.digest_size, h.block_size)
for chunk in [b'a', bytearray(b'bc'), memoryview(b'def' * 50)]:
    h.update(chunk)
c = h.copy()
c.update(b'x')
print(h.hexdigest(), c.hexdigest(), h.copy().digest() == h.digest())
o = _hashlib.hmac_new(b'k', digestmod=_hashlib.openssl_sha1)
o.update(msg=b'data')
print(o.name, o.hexdigest(), type(o.copy()).__name__, repr(o).split(' @ ')[0])
print(hmac.new(b'k', b'm', hashlib.sha512).hexdigest()[:32], hmac.new(b'k', b'm', hashlib.md5).hexdigest())
print(hmac.new(b'k', b'm', lambda: hashlib.sha256()).hexdigest()[:32], hmac.new(b'k', None, 'sha1').hexdigest())
print(hmac.digest(b'k', b'm', hashlib.sha384)[:8], hmac.digest(b'k', b'm', 'blake2b')[:8])
print(_hashlib.HMAC.__doc__.splitlines()[0], _hashlib.hmac_new.__doc__, _hashlib.hmac_digest.__doc__)
print(_hashlib.UnsupportedDigestmodError.__mro__[:2], _hashlib.UnsupportedDigestmodError.__module__)

tests = [
    "_hashlib.hmac_new(b'k')", "_hashlib.hmac_new(b'k', b'm')", "_hashlib.hmac_new('k', digestmod='md5')",
    "_hashlib.hmac_new(b'k', 'm', digestmod='md5')", "_hashlib.hmac_new(b'k', 5, 'md5')", "_hashlib.hmac_new(b'k', digestmod='nope')",
    "_hashlib.hmac_new(b'k', digestmod=None)", "_hashlib.hmac_new(b'k', digestmod=len)", "_hashlib.hmac_new(b'k', digestmod=[])",
    "_hashlib.hmac_new(b'k', digestmod='shake_128')", "_hashlib.hmac_new(b'k', digestmod=b'md5')",
    "_hashlib.hmac_new(b'k', None, 'md5').hexdigest()", "_hashlib.hmac_new(key=b'k', msg=b'm', digestmod='SHA256').name",
    "_hashlib.hmac_new(b'k', digestmod='md5').update('x')", "_hashlib.hmac_new(b'k', digestmod='md5').update()",
    "_hashlib.hmac_new(b'k', digestmod='md5').update(data=b'')", "_hashlib.hmac_new(b'k', digestmod='md5').digest(1)",
    "_hashlib.hmac_digest(b'k', b'm', 'nope')", "_hashlib.hmac_digest(b'k', 'm', 'md5')", "_hashlib.hmac_digest('k', b'm', 'md5')",
    "_hashlib.hmac_digest(b'k', b'm', _hashlib.openssl_sha224)", "_hashlib.hmac_digest(b'k', b'm', hashlib.sha1)",
    "_hashlib.hmac_digest(b'k', b'm', 'shake_256')", "_hashlib.hmac_digest(b'k', b'm', object())", "_hashlib.hmac_digest(b'k', b'm')",
    "_hashlib.hmac_digest(key=b'k', msg=b'm', digest='md5')", "hmac.new(b'k', b'm', 'nope')", "hmac.digest(b'k', b'm', 'nope')",
    "hmac.new('k', b'm', 'md5')", "hmac.new(b'k')",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
