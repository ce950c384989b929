# abs/round/divmod/pow results for int and float subclasses (result types are the base types), and bool arithmetic.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class I(int):
    pass
class F(float):
    pass
for v in [I(-5), F(-2.5)]:
    print(type(v).__name__, [type(x).__name__ for x in (abs(v), round(v), -v, v + 1, v * 1, v // 1, divmod(v, 2)[0], pow(v, 2))])
print(abs(True), type(abs(True)).__name__, round(True), type(round(True)).__name__, divmod(True, 1))
