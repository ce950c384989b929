# del of list slices with steps, del in loops over copies, rebinding names used by closures, del of subscripted attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

lst = list(range(20))
del lst[1::3]
print(lst)
del lst[::-2]
print(lst)
del lst[:]
print(lst)
data = {'a': 1, 'b': 2, 'c': 3}
for k in list(data):
    if data[k] % 2:
        del data[k]
print(data)
class Holder:
    pass
h = Holder()
h.items = {'x': [1, 2, 3]}
del h.items['x'][0]
print(h.items)
def closure():
    v = 'first'
    get = lambda: v
    v = 'second'
    r1 = get()
    del v
    try:
        return r1, get()
    except NameError as e:
        return r1, 'NameError: ' + str(e)
print(closure())
