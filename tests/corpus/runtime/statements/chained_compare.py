# chained comparisons and boolean operators: evaluation order, short-circuit, values returned by and/or, not.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not v(None), calls)
calls.clear()
print(v(0) and v(1), v(2) and v(3), v(0) or v(''), v('') or v('x'), calls)
print(not 0, not [1], not None, 1 in [1] in [[1]], 'a' not in 'b', 3 > 2 > 1 > 0)
x = 5
print(1 < x < 10, 10 > x >= 5, x == 5 == 5.0, x is x is not None)
print([] or {} or 0 or '', 'a' and 'b' and 'c', None or 0, (1, 2) and [])
class Weird:
    def __lt__(self, o):
        return 'truthy-lt'
    def __bool__(self):
        calls.append('bool')
        return True
calls.clear()
w = Weird()
print(w < 1, (w < 1 < 2), calls)
