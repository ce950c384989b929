# expressions: conditional expression, operator precedence, unary chains, power associativity, slicing expressions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(1 if True else 2, 'a' if [] else 'b', (1 if 0 else 2) + 3, [x if x % 2 else -x for x in range(5)])
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 + 1, -~5, ~-5, +-+1, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2 + 7 % 2)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, (1 << 2) + 1, 3 & 5 == 1, 1 < 2 == True, not 1 == 2)
print('a' 'b' 'c', ('multi'
                  'line'), 1_000 + 0x_ff + 0o17 + 0b1, 1e3, 1E-3, 0.5j, 10.)
x = [1, 2, 3, 4, 5]
print(x[1:-1], x[::-1][::2], x[len(x) // 2], x[-1:-4:-1], x[:0], (x or [0])[0])
print((1, 2) + (3,) * 2, [0] * 3 + [1], 'ab' 'cd' * 2)
a = b = 1
print(a is b, a == b, type(...), ..., [...])
print(((((((1)))))), (1,), (), (1, 2,), [], [1,], {1, 2, 3} == {3, 2, 1})
