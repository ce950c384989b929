# infinite recursion through __repr__, __getattr__, __eq__ and property getters raises RecursionError.
class R:
    def __repr__(self):
        return repr(self)
class G:
    def __getattr__(self, name):
        return self.missing
class E:
    def __eq__(self, other):
        return self == other
class P:
    @property
    def p(self):
        return self.p
for label, fn in [('repr', lambda: repr(R())), ('getattr', lambda: G().x), ('eq', lambda: E() == 1), ('property', lambda: P().p)]:
    try:
        fn()
    except RecursionError as e:
        print(label, 'RecursionError', e)
print('done')
