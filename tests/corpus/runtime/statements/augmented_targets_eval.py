# augmented assignment target evaluation: subscript and attribute targets evaluated once, with side effects logged.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append('get v')
        return self._v
    @v.setter
    def v(self, value):
        log.append('set v')
        self._v = value
class Seq:
    def __init__(self):
        self.data = [1, 2, 3]
    def __getitem__(self, i):
        log.append(('getitem', i))
        return self.data[i]
    def __setitem__(self, i, v):
        log.append(('setitem', i, v))
        self.data[i] = v
o = Obj()
o.v += 10
print(o.v, log)
log.clear()
s = Seq()
def idx():
    log.append('index computed')
    return 1
s[idx()] *= 5
print(s.data, log)
log.clear()
s[0:2] = [9, 9]
print(log)
