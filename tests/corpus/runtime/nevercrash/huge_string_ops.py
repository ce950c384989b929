# large but feasible string and list operations complete (no crash, no pathological slowness): joins, replaces, sorts of 10^5 items.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'ab' * 500000
print(len(s), s.count('ab'), len(s.replace('a', 'xyz')), s.find('ba', 999990), len(s.upper()))
parts = [str(i) for i in range(200000)]
j = ','.join(parts)
print(len(j), len(j.split(',')), j[:20])
lst = [(i * 7919) % 100003 for i in range(200000)]
lst.sort()
print(lst[:5], lst[-5:])
d = {i: str(i) for i in range(100000)}
print(len(d), d[99999], sum(len(v) for v in d.values()))
