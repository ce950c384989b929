# __hash__ inheritance details: subclass defining __eq__ only loses hash, __hash__ = None blocks dict use, builtins subclasses keep or lose hash.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class A:
    pass
class B(A):
    def __eq__(self, o):
        return False
class C(B):
    pass
class D(B):
    __hash__ = A.__hash__
print(A.__hash__ is object.__hash__, B.__hash__, C.__hash__, D.__hash__ is object.__hash__)
t('hash C', lambda: hash(C()))
class L(list):
    pass
class H(list):
    def __hash__(self):
        return 1
print(L.__hash__, hash(H()))
class S(str):
    def __eq__(self, o):
        return str.__eq__(self, o)
t('str subclass eq only', lambda: hash(S('a')))
class T(tuple):
    pass
print(hash(T((1,))) == hash((1,)))
class N:
    __hash__ = None
t('isinstance Hashable free', lambda: {N()})
