# user objects as dict keys and set members: __eq__ called on hash collisions only, identity shortcuts, key replacement keeps first key.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        log.append('hash ' + self.name)
        return self.h
    def __eq__(self, o):
        log.append('eq %s %s' % (self.name, o.name))
        return self.h == o.h
    def __repr__(self):
        return self.name
a, b, c = K('a', 1), K('b', 1), K('c', 2)
d = {a: 'first'}
d[b] = 'second'
d[c] = 'third'
print(d, log)
log.clear()
print(a in d, b in d, K('z', 3) in d, log)
log.clear()
s = {a, b, c}
print(len(s), log)
log.clear()
d2 = {a: 1}
print(d2.get(a), log)
