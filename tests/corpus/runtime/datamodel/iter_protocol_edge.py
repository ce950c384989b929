# iteration edge cases: __iter__ on the class only, iterators without __iter__ in for loops, StopIteration subclass, reentrancy.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class OnlyNext:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
class Wrapper:
    def __iter__(self):
        return OnlyNext()
print(list(Wrapper()), [x for x in Wrapper()], sum(Wrapper()))
class MyStop(StopIteration):
    pass
class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        raise MyStop('custom stop')
print(list(Stopper()))
class Reentrant:
    def __init__(self):
        self.data = [1, 2, 3]
    def __iter__(self):
        for x in self.data:
            yield x
r = Reentrant()
print([(a, b) for a in r for b in r][:4])
class GetitemStr:
    def __getitem__(self, i):
        return 'abc'[i]
print(list(GetitemStr()), 'b' in GetitemStr())
