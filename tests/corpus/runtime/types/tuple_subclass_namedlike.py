# a hand-written named tuple (tuple subclass with properties and __new__): indexing, unpacking, repr, equality, hashing.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point(x={self.x!r}, y={self.y!r})'
    def _replace(self, **kw):
        return Point(kw.get('x', self.x), kw.get('y', self.y))
p = Point(1, 2)
a, b = p
print(p, a, b, p.x, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), p._replace(y=5), type(p[:1]).__name__, p + (3,), sorted([Point(2, 1), Point(1, 9)]))
t('no attr set', lambda: setattr(p, 'x', 5))
t('no new attr', lambda: setattr(p, 'z', 5))
print(max(Point(1, 2), Point(1, 3)), {p: 'found'}[(1, 2)], list(map(repr, [p])))
