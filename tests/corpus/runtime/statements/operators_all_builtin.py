# every binary and unary operator on ints, floats and strings in one table, including comparison chains and identity.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> 2, a & b, a | b, a ^ b, -a, +a, ~a)
x, y = 17.5, 4.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** 0.5, -x, +x, abs(-x))
s, r = 'ab', 3
print(s + s, s * r, r * s, s < 'b', s == 'ab', s != 'ba', 'a' in s, s is s, s is not None)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, 1 < 2 < 3, 3 > 2 > 2, not a, a and b, 0 or b)
