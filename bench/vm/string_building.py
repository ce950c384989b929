# Strings: concatenation, join, formatting (f-strings, %, format), split, replace, methods.
def run(n):
    parts = []
    s = ''
    for i in range(n):
        parts.append(f'{i}:{i * 2:x}')
        if i % 100 == 0:
            s += '%d-%s;' % (i, 'x' * (i % 5))
    joined = ','.join(parts)
    pieces = joined.split(',')
    text = ' '.join(p.upper().replace('A', 'a') for p in pieces[:50000])
    return len(joined), len(pieces), len(s), text.count('a'), '{:>8}'.format(len(text))
print(run(550_000))
