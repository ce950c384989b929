# instance __dict__: insertion order, vars() identity, attributes with non-identifier names via setattr, sharing between instances.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class P:
    shared = []
    def __init__(self, n):
        self.z = n
        self.a = n * 2
        self.m = 'm'
p = P(1)
print(list(vars(p)), vars(p) is p.__dict__)
setattr(p, 'not an identifier', 5)
setattr(p, '123', 'digits')
print(getattr(p, 'not an identifier'), vars(p)['123'], sorted(vars(p)))
q = P(2)
p.shared.append('via p')
print(q.shared, P.shared)
p.shared = ['own']
print(p.shared, q.shared)
del p.z
p.z = 'readded'
print(list(vars(p)))
print(hasattr(p, '__dict__'), type(p.__dict__).__name__, len(vars(q)))
