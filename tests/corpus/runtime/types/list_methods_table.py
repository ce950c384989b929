# list methods exercised on several lists with results and the list afterwards, one line per call.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def show(label, lst, op):
    try:
        r = op(lst)
        print(label, repr(r), lst)
    except Exception as e:
        print(label, type(e).__name__, e, lst)
show('append', [1], lambda l: l.append([2]))
show('extend gen', [1], lambda l: l.extend(i for i in range(2)))
show('insert mid', [1, 3], lambda l: l.insert(1, 2))
show('insert neg', [1, 2], lambda l: l.insert(-5, 0))
show('remove first', [1, 2, 1], lambda l: l.remove(1))
show('pop mid', [1, 2, 3], lambda l: l.pop(1))
show('index start', [1, 2, 1], lambda l: l.index(1, 1))
show('count', [[1], [1], 1], lambda l: l.count([1]))
show('reverse', [1, 2, 3], lambda l: l.reverse())
show('sort key', ['b', 'A', 'c'], lambda l: l.sort(key=str.lower))
show('copy', [[1]], lambda l: l.copy()[0] is l[0])
show('clear', [1, 2], lambda l: l.clear())
show('extend self', [1, 2], lambda l: l.extend(l))
show('remove missing', [1], lambda l: l.remove(2))
