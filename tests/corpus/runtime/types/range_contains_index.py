# range membership, index and count for int/bool/float/custom values, negative steps and huge ranges (no iteration).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

r = range(-10, 10**18, 7)
print(4 in r, 5 in r, -10 in r, 10**18 in r, r.index(4), r.count(4), r.count(5))
rn = range(10, -10, -3)
print([x in rn for x in (10, 7, 8, -8, -9)], rn.index(-8), list(rn))
print(True in range(2), 1.0 in range(3), 1.5 in range(3), '1' in range(3))
class Eq:
    def __eq__(self, o):
        return o == 2
print(Eq() in range(5), range(5).count(Eq()))
t('index float', lambda: range(5).index(2.0))
t('index missing', lambda: range(5).index(7))
