# huge int <-> str conversions hit the 4300-digit limit with ValueError instead of running for minutes.
big = 10 ** 100000
for label, fn in [('str', lambda: str(big)), ('repr', lambda: repr(big)), ('int', lambda: int('9' * 100000)), ('format', lambda: '{}'.format(big)), ('percent', lambda: '%d' % big)]:
    try:
        fn()
        print(label, 'ok')
    except ValueError as e:
        print(label, 'ValueError', e)
print(len(hex(big)) > 0, big.bit_length())
print('done')
