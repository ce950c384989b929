# crypt / _crypt over libcrypt: fixed salts give fixed hashes for each method; argument errors.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import _crypt
import crypt

for salt in ['ab', '$1$saltsalt', '$5$saltsaltsaltsalt', '$6$saltsalt', '$6$rounds=5000$saltsalt']:
    print(salt, _crypt.crypt('secret', salt))
print(_crypt.crypt('', 'zz'), _crypt.crypt('pässwörd', 'ab'), _crypt.crypt('x', ''), _crypt.crypt('x', '$9$bad'))
print(crypt.crypt('secret', crypt.METHOD_SHA512.ident and '$6$fixedsalt'))
print([m.name for m in crypt.methods], crypt.METHOD_SHA512.salt_chars, crypt.METHOD_CRYPT.total_size)
h = crypt.crypt('pw', crypt.mksalt(crypt.METHOD_SHA256))
print(h.startswith('$5$'), len(h), crypt.crypt('pw', h) == h, crypt.crypt('other', h) == h)
for args in [(1, 'ab'), ('a',), ('a', 'b', 'c'), ('a\x00b', 'ab'), ('a', 'a\x00'), ('\ud800', 'ab')]:
    try:
        print(_crypt.crypt(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    _crypt.crypt(word='a', salt='ab')
except TypeError as e:
    print('TypeError', e)
