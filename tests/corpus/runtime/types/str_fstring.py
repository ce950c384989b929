# f-strings: expressions, conversions, format specs, nested fields, debug =, self-documenting.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x, y, name = 42, 3.14159, 'Kaa'
items = [1, 2, 3]
print(f'{x} {y:.2f} {name!r} {name!s} {name!a} {x:>5} {x:<5}| {x:^5} {x:05d} {x:#x} {x:b}')
print(f'{x + 1} {items[1]} {items[-1]} {len(items)} {"q"} {name.upper()} {[i * 2 for i in items]}')
print(f'{x=} {y=:.1f} {name = } {x*2=} {name=!r:>8}')
print(f'{{literal}} {{{x}}} {x:{"^"}{10}} {y:{4}.{2}}')
print(f'{"nested " + f"{x}"}', f"{'single'}", f'''{"tri"}''')
print(f'{3.0:g} {1e20:,.0f} {0.25:%} {-0.0:z.1f} {12345.678:_}')
d = {'k': 'v'}
print(f'{d["k"]} {d!r} {(lambda v: v * 2)(3)} {x if x > 10 else 0}')
print(f'{name:*^11} {name[::-1]} {name:.2}')
class F:
    def __format__(self, spec):
        return f'F[{spec}]'
print(f'{F()} {F():abc} {F():{x}}')
t('bad spec', lambda: f'{x:z}')
t('bad conv target', lambda: f'{name:d}')
t('str spec on int', lambda: f'{x:s}')
t('multi line', lambda: f'''a
{x}
b''')
