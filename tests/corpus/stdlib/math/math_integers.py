# math's integer functions: gcd/lcm (n-ary), isqrt, factorial, comb, perm, prod; their errors.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.gcd(True, 4), type(math.gcd(True)), math.lcm(True, False))
for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 2**52 - 1, 2**52, 2**64 - 1, 2**64, 10**40, 10**40 + 1, 3**333]:
    r = math.isqrt(n)
    print(n % 1000, r % 10**12, r * r <= n < (r + 1) ** 2)
for n in [0, 1, 5, 20, 21, 30, 100]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**30 + 7))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (1000, 3), (2**70, 2), (67, 33), (127, 63), (200, 3)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(5, None), math.perm(0), math.comb(0, 0))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2] * 70), math.prod([1.5, 2, 3]))
print(math.prod([2, 3], start=10), math.prod([2.5, 4], start=2), math.prod(['a'], start=3), math.prod([[1]], start=2))
print(math.prod(x for x in [1, 2**40, 2**40, 3]), math.prod([True, True]), math.prod([1, 2.0, 2**63]))
tests = [
    lambda: math.gcd(1.5), lambda: math.gcd(2, 'a'), lambda: math.lcm(1, 2.0), lambda: math.isqrt(-1),
    lambda: math.isqrt(2.0), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial(10**20),
    lambda: math.comb(-1, 2), lambda: math.comb(3, -1), lambda: math.comb(3), lambda: math.comb(1, 2, 3),
    lambda: math.perm(-2, 1), lambda: math.perm(2, -1), lambda: math.perm(), lambda: math.perm(1, 2, 3),
    lambda: math.comb(10**30, 10**20), lambda: math.perm(10**30, 10**20), lambda: math.prod(), lambda: math.prod(3),
    lambda: math.prod([1], 2), lambda: math.prod(['a', 'b']), lambda: math.gcd(x=1), lambda: math.comb(n=3, k=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 12
print(math.gcd(I(), 8), math.isqrt(I()), math.factorial(I()), math.comb(I(), 2), math.perm(I(), I()))
