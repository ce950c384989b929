# int: big-number arithmetic consistency (factorial, fibonacci, powers, gcd by hand, sqrt by Newton).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100, len(str(f100)), f100 % (10**9 + 7), f100 // fact(98))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length(), a % 1000000)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(fact(50), 2**100 * 3**7), gcd(2**127 - 1, 2**89 - 1))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**100), isqrt(2 * 10**60), isqrt(2**256))
print((2**521 - 1) % 1000007, pow(7, 2**100, 2**61 - 1), -(3**100) // 7, (3**100) * (-(5**80)))
print(int('9' * 500) + 1 == 10**500, (10**500 - 1) // 9 == int('1' * 500))
print((1 << 1000) >> 997, ~(1 << 70), (-(1 << 70)) & 0xFFFF, (1 << 100) | 1, (2**100 - 1) ^ (2**99))
