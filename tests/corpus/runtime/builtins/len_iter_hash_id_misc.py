# len/iter/hash/id on the same objects together: consistency between them for many builtin objects.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

objs = ['abc', (1, 2), frozenset({1}), b'xy', range(4)]
for o in objs:
    print(type(o).__name__, len(o), list(iter(o)) == list(o), hash(o) == hash(o), id(o) == id(o), len(list(o)) == len(o))
un = [[1], {1: 2}, {3}, bytearray(b'z')]
for o in un:
    try:
        hash(o)
    except TypeError as e:
        print(type(o).__name__, len(o), e)
