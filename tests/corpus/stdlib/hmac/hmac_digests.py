# hmac: new/update/copy/digest/hexdigest with md5/sha1/sha256/sha512 (as names, constructors and modules), hmac.digest, compare_digest, attributes and errors.
import hmac, hashlib
key, msg = b'secret-key', b'The quick brown fox jumps over the lazy dog'
for dm in ['md5', 'sha1', 'sha256', 'sha512', hashlib.sha224, 'sha3_256', 'blake2b']:
    h = hmac.new(key, msg, dm); print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k', digestmod='sha256'); h.update(b'part1'); c = h.copy(); h.update(b'part2'); c.update(b'part2'); print(h.hexdigest() == c.hexdigest(), h.digest() == hmac.new(b'k', b'part1part2', 'sha256').digest())
print(hmac.digest(key, msg, 'sha256').hex(), hmac.new(b'x' * 200, b'', 'sha1').hexdigest(), hmac.new(bytearray(b'k'), memoryview(b'm'), 'md5').hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', b'ab'))
for bad in [lambda: hmac.new(key), lambda: hmac.new('strkey', msg, 'sha1'), lambda: hmac.new(key, 'str', 'sha1'), lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('é', 'é')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(hmac.new(key, msg, hashlib.sha256).name, hmac.HMAC.__name__, hmac.digest_size if hasattr(hmac, 'digest_size') else '')
