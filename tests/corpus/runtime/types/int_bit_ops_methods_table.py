# int bit methods over a table: bit_length/bit_count for powers of two and neighbours, negatives, big values.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for e in [0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 100, 1000]:
    v = 2 ** e
    print(e, [(x.bit_length(), x.bit_count()) for x in (v - 1, v, v + 1, -v, -(v - 1))])
print((0).bit_length(), (-1).bit_count(), (2**1000 - 1).bit_count(), (-(2**1000)).bit_length())
