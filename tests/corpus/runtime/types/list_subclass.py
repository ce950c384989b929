# subclasses of list and dict: overridden methods not used by builtins, slicing returns list, repr, equality.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Logged(list):
    def append(self, v):
        print('append', v)
        super().append(v)
    def __getitem__(self, i):
        return ('custom', super().__getitem__(i))
l = Logged([1, 2])
l.append(3)
l += [4]
l.extend([5])
print(l, type(l[0:2]).__name__, l[0], list(l), [x for x in l], l == [1, 2, 3, 4, 5], type(l + [6]).__name__, type(l * 2).__name__)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, len(s), repr(s), type(s.copy()).__name__)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
d = D(a=1)
d['b'] = 2
d.update(c=3)
d.setdefault('e', 5)
print(d, dict(d), {**d})
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), dict(o), [k for k in o])
