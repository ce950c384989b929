# list.sort stability and correctness on larger inputs with many equal keys, key functions and reverse.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

data = [((i * 37) % 11, i) for i in range(500)]
by_key = sorted(data, key=lambda p: p[0])
print(all(by_key[i][0] < by_key[i + 1][0] or (by_key[i][0] == by_key[i + 1][0] and by_key[i][1] < by_key[i + 1][1]) for i in range(499)))
rev = sorted(data, key=lambda p: p[0], reverse=True)
print(rev[:5], rev[-5:])
words = ['w%d' % ((i * 7) % 50) for i in range(300)]
s = sorted(words)
print(s[:6], s[-3:], len(set(s)))
nums = [(i * 2654435761) % 1000 - 500 for i in range(1000)]
nums.sort(key=abs)
print(nums[:10], nums[-10:])
floats = [((i * 31) % 17) / 7 for i in range(100)]
print(sorted(floats)[::20], sorted(floats, reverse=True)[:3])
