# Key derivation in _hashlib: pbkdf2_hmac over every digest (RFC 6070 vectors for SHA-1), scrypt (RFC 7914
# vectors), and their argument checks with CPython's messages.
import _hashlib, hashlib

P = _hashlib.pbkdf2_hmac
for iterations, dklen in [(1, None), (2, None), (4096, None), (2, 40), (1, 1)]:
    print('sha1', iterations, dklen, P('sha1', b'password', b'salt', iterations, dklen).hex())
print(P('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(P('sha1', b'pass\0word', b'sa\0lt', 4096, 16).hex())
for name in sorted(_hashlib.openssl_md_meth_names - {'shake_128', 'shake_256'}):
    key = P(name, b'pw', b'NaCl', 3, 70)
    assert key == P(name, memoryview(b'pw'), bytearray(b'NaCl'), 3, 70)
    print(name, len(P(name, b'pw', b'NaCl', 2)), key.hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha512', password=b'', salt=b'', iterations=5, dklen=None).hex()[:40])

S = _hashlib.scrypt
print(S(b'', salt=b'', n=16, r=1, p=1, dklen=64).hex())
print(S(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex())
print(S(b'pleaseletmein', salt=b'SodiumChloride', n=16384, r=8, p=1).hex())
print(S(bytearray(b'pw'), salt=memoryview(b'salt'), n=2, r=1, p=1, dklen=10).hex(), len(S(b'x', salt=b'y', n=4, r=2, p=3)))
print(hashlib.scrypt(b'pw', salt=b's', n=8, r=3, p=2, maxmem=100000, dklen=17).hex())

tests = [
    "P('sha256', 'p', b's', 1)", "P('sha256', b'p', 's', 1)", "P(b'sha256', b'p', b's', 1)", "P('sha\\x00256', b'p', b's', 1)",
    "P('nope', b'p', b's', 1)", "P('nope', b'p', b's', 0)", "P('sha256', b'p', b's', 0)", "P('sha256', b'p', b's', -1)",
    "P('sha256', b'p', b's', 2**31)", "P('sha256', b'p', b's', 2**63)", "P('sha256', b'p', b's', 1.0)",
    "P('sha256', b'p', b's', 1, 0)", "P('sha256', b'p', b's', 1, -5)", "P('sha256', b'p', b's', 1, 2**31)",
    "P('sha256', b'p', b's', 1, 2**64)", "P('sha256', b'p', b's', 1, 1.0)", "P('sha256', b'p', b's', 1, '3')",
    "P('shake_128', b'p', b's', 1)", "P('shake_256', b'p', b's', 1, 8)", "P('sha256', b'p', b's')",
    "P('sha256', b'p', b's', 1, 2, 3)", "P('sha256', b'p', b's', iterations=1, dk=3)", "P('sha256', b'p', salt=b's', iterations=1, dklen=4)",
    "S(b'p')", "S(b'p', salt=None, n=2, r=1, p=1)", "S(b'p', salt=b's')", "S(b'p', salt=b's', n=3, r=1, p=1)",
    "S(b'p', salt=b's', n=1, r=1, p=1)", "S(b'p', salt=b's', n=0, r=1, p=1)", "S(b'p', salt=b's', n=-2, r=1, p=1)",
    "S(b'p', salt=b's', n=2.0, r=1, p=1)", "S(b'p', salt=b's', n=2**64, r=1, p=1)", "S(b'p', salt=b's', n=2)",
    "S(b'p', salt=b's', n=2, r=1)", "S(b'p', salt=b's', n=2, r=-1, p=1)", "S(b'p', salt=b's', n=2, r='1', p=1)",
    "S(b'p', salt=b's', n=2, r=0, p=1)", "S(b'p', salt=b's', n=2, r=1, p=0)", "S(b'p', salt=b's', n=2, r=1, p=1, maxmem=-1)",
    "S(b'p', salt=b's', n=2, r=1, p=1, maxmem=2**31)", "S(b'p', salt=b's', n=2, r=1, p=1, dklen=0)",
    "S(b'p', salt=b's', n=2, r=1, p=1, dklen=2**31)", "S(b'p', salt=b's', n=2**20, r=8, p=1)",
    "S(b'p', salt=b's', n=2, r=1, p=1, maxmem=600)", "S(b'p', salt=b's', n=2, r=1, p=1, maxmem=700)",
    "S(b'p', salt=b's', n=2, r=2**31, p=1)", "S(b'p', salt=b's', n=2, r=1, p=2**31)", "S(b'p', salt=b's', n=2**62, r=1, p=1)",
    "S(b'p', salt=b's', n=2**16, r=1, p=1)", "S(b'p', salt=b's', n=2, r=1, p=1, maxmem=1.5)", "S(b'p', b's', n=2, r=1, p=1)",
    "S('p', salt=b's', n=2, r=1, p=1)", "S(b'p', salt='s', n=2, r=1, p=1)", "S(b'p', salt='s', n=2.5, r=1, p=1)",
    "S(password=b'p', salt=b's', n=2, r=1, p=1, dklen=3)", "S(salt=b's', n=2, r=1, p=1)", "S(b'p', salt=b's', n=2, r=1, p=1, x=1)",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
