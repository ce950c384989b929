# The hash modules hashlib falls back to (_md5, _sha1, _sha256, _sha512, _sha3, _blake2): digests of
# data of many lengths (around block boundaries), incremental updates, copy, attributes and errors.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import _struct

def data(n):
    return _struct.pack('%dB' % n, *[(i * 7 + 3) % 256 for i in range(n)])

ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512, _sha3.sha3_224,
         _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
lengths = [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137, 167, 168, 200, 1000]
for ctor in ctors:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for n in lengths:
        print(' ', n, ctor(data(n)).hexdigest())
    inc = ctor()
    for n in [1, 2, 61, 64, 100, 300]:
        inc.update(data(n))
    c = inc.copy()
    c.update(b'tail')
    print('  incremental', inc.hexdigest(), c.hexdigest(), inc.digest() == inc.digest())
for shake in [_sha3.shake_128, _sha3.shake_256]:
    h = shake(data(50))
    print(h.name, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(10), h.hexdigest(300)[-20:], len(h.digest(500)))
s = _sha3.sha3_256()
print(s._capacity_bits, s._rate_bits, s._suffix, _sha3.shake_128()._suffix, _sha3.implementation, _sha3.keccakopt)
print(_blake2.blake2s(b'abc', digest_size=16, key=b'key', salt=b'salt', person=b'me').hexdigest())
print(_blake2.blake2b(b'abc', fanout=2, depth=3, leaf_size=5, node_offset=6, node_depth=7, inner_size=8, last_node=True).hexdigest())
print(_blake2.blake2b(key=data(64), digest_size=20).hexdigest(), _blake2.blake2s(data(64), key=data(32)).hexdigest())
print(_blake2.blake2s(node_offset=2**48 - 1, last_node=True).hexdigest(), _blake2.blake2b.MAX_DIGEST_SIZE, _blake2.blake2s.SALT_SIZE)
print(_md5.md5(string=b'a').hexdigest(), _md5.md5(usedforsecurity=False).hexdigest(), _md5.MD5Type is type(_md5.md5()))
print(sorted(n for n in dir(_sha512) if not n.startswith('__')), sorted(n for n in dir(_blake2) if not n.startswith('__')))
tests = ['_md5.md5("abc")', '_md5.md5(1)', '_md5.md5(b"a", b"b")', '_md5.md5(data=b"a")', '_md5.md5(b"a").update("x")',
         '_md5.md5().update()', '_sha1.sha1(string="x")', '_sha3.sha3_256(data=b"a")', '_sha3.sha3_256(b"a", b"b")',
         '_sha3.shake_128().digest()', '_sha3.shake_128().digest(-1)', '_sha3.shake_256(b"a").digest(2**32)',
         '_blake2.blake2b(digest_size=65)', '_blake2.blake2s(digest_size=0)', '_blake2.blake2b(key=b"k"*65)',
         '_blake2.blake2b(salt=b"s"*17)', '_blake2.blake2b(person=b"p"*17)', '_blake2.blake2b(fanout=256)',
         '_blake2.blake2b(depth=0)', '_blake2.blake2b(leaf_size=-1)', '_blake2.blake2b(node_offset=-1)',
         '_blake2.blake2b(node_depth=256)', '_blake2.blake2b(inner_size=65)', '_blake2.blake2s(node_offset=2**48)',
         '_blake2.blake2b(leaf_size=2**32)', '_blake2.blake2b(b"a", b"b")', '_blake2.blake2b(data=b"a")', '_md5.MD5Type()']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
