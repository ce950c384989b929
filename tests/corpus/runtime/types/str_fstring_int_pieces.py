# f-strings whose pieces are ints: BUILD_STRING writes an exact int's digits in place (FORMAT_VALUE leaves
# it on the stack when quickening proved a BUILD_STRING takes it); everything else is formatted as before.
import sys

i = 12345
j = -7
b = 10**30
SN = "\U0001F40D"


class I(int):
    def __str__(self):
        return 'I!'

    def __format__(self, spec):
        return 'IF' + spec


print(f'{i}:{i * 2:x}', f'{i}', f'{j}{j}', f'{i!r}{i!s}{i!a}', f'{True}{False}', f'{I(3)}{I(4)!s}{I(5):>3}')
print(f'{b}-{b:x}', f'a{"é" * 3}{i}', f"{SN}{i}", f'{0}{-0}{2**63}{-2**63}{2**64}')
x = f'{"x" * 300}{i}'
print(len(x), x[-8:])
print(f'{i:{i % 9}}|', f'{len(x)}{x[:2]}{max(1, 2)}{i if i else 0}', f'{[i][0]}{ {"k": i}["k"] }{-i}{~i}')
print(''.join(f'{k}' for k in range(5)), [f'{k},{k}' for k in range(3)])


def g():
    yield f'{i}{(yield 1)}{i}'


it = g()
print(next(it), it.send(5))

big = 10**5000
try:
    f'{big}x'
except ValueError as e:
    print('big ! ValueError', e)
sys.set_int_max_str_digits(0)
print(len(f'{big}x'))


def h(n):
    return f'<{n}>{n * 2}'


print(h(1), h(-1), h(3.5), h('s'), h(True))


def tracer(frame, event, arg):
    return tracer


sys.settrace(tracer)
print(h(21), f'{i}-{j}')
sys.settrace(None)

# Constant specs: b, d, x, X are written in place for an exact int; other values and specs as before.
for v in (0, 1, -1, 255, -256, 2**63 - 1, -2**63, 2**64, 3.0, True, I(7), 'str'):
    try:
        print(f'{v:x}|{v:X}|{v:b}|{v:d}|{v}')
    except (ValueError, TypeError) as e:
        print(repr(v), '!', type(e).__name__, e)
for spec_case in ('q', 'c', ',', '08x'):
    try:
        print(spec_case, f'{i:{spec_case}}')
    except (ValueError, TypeError, OverflowError) as e:
        print(spec_case, '!', type(e).__name__, e)
try:
    print(f'{i:q}{print("not reached")}')
except ValueError as e:
    print('order ! ValueError', e)
try:
    print(f'{big:x}{print("reached: no limit now")}'[:4])
except ValueError as e:
    print('big ! ValueError', e)
sys.set_int_max_str_digits(4300)
try:
    print(f'{big}{print("not reached either")}')
except ValueError as e:
    print('big order ! ValueError', e)
print(f'{"x" * 250}{i:x}{j:b}{i}'[-40:], f'{i:x}{SN}{j:X}')
