# Instance and class attribute loads and stores, with __slots__ and a plain class.
class Plain:
    kind = 3
    def __init__(self):
        self.x = 1
        self.y = 2
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = 2
def run(n):
    p = Plain()
    s = Slotted()
    total = 0
    for i in range(n):
        p.x = p.y + i
        s.x = s.y + p.kind
        p.y = (p.x + s.x) % 1000
        s.y = p.y % 17
        total += p.x + s.y
    return total
print(run(3_000_000))
