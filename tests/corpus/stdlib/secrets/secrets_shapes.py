# secrets: token_bytes/hex/urlsafe lengths and alphabets, randbelow/randbits/choice ranges, compare_digest, SystemRandom shapes (values are random, only shapes print).
import secrets, string
print(len(secrets.token_bytes(16)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_hex()), all(c in '0123456789abcdef' for c in secrets.token_hex(20)))
u = secrets.token_urlsafe(30); print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1), all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('a'), secrets.choice(['only']), all(secrets.choice('xyz') in 'xyz' for _ in range(50)), secrets.compare_digest(b'a', b'a'))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-1), lambda: secrets.choice([]), lambda: secrets.randbits(-1), lambda: secrets.token_bytes(-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = secrets.SystemRandom(); print(type(r).__name__, 0 <= r.random() < 1, sorted(r.sample(range(10), 10)) == list(range(10)), len(secrets.token_hex(0)), secrets.DEFAULT_ENTROPY)
pw = ''.join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12)); print(len(pw), pw.isalnum())
