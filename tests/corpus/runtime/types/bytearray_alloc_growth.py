# bytearray: __alloc__ and sys.getsizeof follow CPython's growth and shrink rules (append, +=, del from the front, extend).
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = bytearray()
l=[]
for i in range(40):
    x.append(1); l.append(x.__alloc__())
print(l)
x = bytearray(b'x'*40)
l=[]
for i in range(40):
    del x[0]; l.append((x.__alloc__(), sys.getsizeof(x)))
print(l)
x = bytearray()
l=[]
for i in range(20):
    x += b'abc'; l.append(x.__alloc__())
print(l)
x = bytearray(range(10))
x.extend(iter(range(100))); print(x.__alloc__())
print(bytearray([1,2,3]).__alloc__(), bytearray(iter([1,2,3])).__alloc__(), bytearray(5).__alloc__(), bytearray(b'abc')*3, (bytearray(b'abc')*3).__alloc__())
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray()))
print([sys.getsizeof(bytearray(b'x'*i)) for i in range(10)])
