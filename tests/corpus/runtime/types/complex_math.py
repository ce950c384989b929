# complex arithmetic: division corner cases, powers with integer and complex exponents, abs overflow, equality with floats.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print((1 + 2j) / (3 - 4j), (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / 1e-300 if False else 'skip', 1j ** 2, (1 + 1j) ** 3, (2 + 0j) ** 0.5, (-1 + 0j) ** 0.5)
print((1 + 2j) ** (1 - 1j), 0j ** 0, 0j ** 2, (1e200 + 1e200j) * 2, abs(3e200 + 4e200j))
def t2(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t2('abs overflow', lambda: abs(complex(1e308, 1e308)))
t2('pow overflow', lambda: (1e200 + 1e200j) ** 3)
t2('zero div complex', lambda: (1 + 1j) / 0j)
t2('zero to complex', lambda: 0j ** (1 + 1j))
t2('zero to neg', lambda: 0j ** -1)
t2('int pow big', lambda: (1 + 1j) ** 100)
print(1 + 0j == 1.0, 1j.real, (2 + 3j).imag, complex(1, 2) == complex(1.0, 2.0), (1 + 2j) * (1 - 2j), (1 + 2j).conjugate() * (1 + 2j))
