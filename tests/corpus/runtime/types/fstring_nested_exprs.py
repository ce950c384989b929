# f-strings with nested quotes, nested f-strings, dict lookups, method calls, conditional and lambda expressions, format specs from variables.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

data = {'name': 'kaa', 'vals': [1, 2, 3]}
w, p = 10, 3
pi = 3.14159265
print(f"{data['name']!r:>{w}}|{data['vals'][-1]:03d}|{pi:.{p}f}|{pi:{w}.{p}e}")
print(f"{'yes' if data['vals'] else 'no'} {len(data):#x} {sum(v * v for v in data['vals'])} {(lambda q: q + 1)(1)}")
print(f"{f'{1 + 1}' * 3} {'nest'} {'{'}braces{'}'}")
print(f'{data["name"].upper():-^12} {", ".join(map(str, data["vals"]))}')
x = 5
print(f'{x!r:>4}{x:<4}|{x=}|{x = :>5}|{x*2=!s}')
print(f'{3.0:.0%} {1234.5:,.1f} {-42:+06d} {255:08b} {"é":^5}')
