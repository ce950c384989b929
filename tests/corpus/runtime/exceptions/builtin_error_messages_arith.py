# exact messages of arithmetic errors: ZeroDivisionError variants, OverflowError sources, unsupported operand types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

cases = [
    ('int div', lambda: 1 / 0), ('int floordiv', lambda: 1 // 0), ('int mod', lambda: 1 % 0), ('float div', lambda: 1.0 / 0),
    ('float floordiv', lambda: 1.0 // 0.0), ('float mod', lambda: 1.0 % 0.0), ('complex div', lambda: 1j / 0), ('divmod int', lambda: divmod(1, 0)),
    ('divmod float', lambda: divmod(1.0, 0.0)), ('pow zero neg', lambda: 0 ** -1), ('float pow zero neg', lambda: 0.0 ** -1),
    ('float overflow', lambda: 2.0 ** 10000), ('int to float', lambda: float(10 ** 400)), ('exp overflow mul', lambda: 1e300 * 1e300),
    ('int + str', lambda: 1 + 'a'), ('str - str', lambda: 'a' - 'b'), ('list * list', lambda: [] * []), ('dict + dict', lambda: {} + {}),
    ('None < 1', lambda: None < 1), ('float % complex', lambda: 1.0 % 1j), ('int @ int', lambda: 1 @ 1), ('shift float', lambda: 1 << 1.0),
    ('neg shift', lambda: 1 << -1), ('big shift', lambda: 1 << 2 ** 100), ('round overflow', lambda: round(1e308, -400) if False else int(float('inf'))),
]
for label, fn in cases:
    t(label, fn)
