# hashlib (without _hashlib the module uses the builtin hash modules) and hmac.
import hashlib, hmac

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'The quick brown fox')
    if name.startswith('shake'):
        print(name, h.hexdigest(16))
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size)
print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5(b'').hexdigest(), hashlib.blake2b(b'x', digest_size=8).hexdigest())
h = hashlib.sha1()
for chunk in [b'a', b'bc', b'defgh' * 30]:
    h.update(chunk)
print(h.hexdigest(), h.copy().hexdigest(), h.name)
print(hmac.new(b'key', b'message', 'sha256').hexdigest(), hmac.new(b'k', b'm', hashlib.md5).hexdigest())
print(hmac.digest(b'key', b'msg', 'sha512')[:8], hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('a', 'b'))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
try:
    hashlib.new('nope')
except ValueError as e:
    print(type(e).__name__, e)
