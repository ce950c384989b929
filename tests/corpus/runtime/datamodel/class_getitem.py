# __class_getitem__ and generic aliases of builtins: list[int], dict[str, int], repr, __origin__/__args__, isinstance errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f'Box of {item!r}'
print(Box[int], Box['x'], Box[1, 2])
ga = list[int]
print(ga, repr(dict[str, list[int]]), ga.__origin__, ga.__args__, type(ga).__name__, ga([1, 2]), tuple[int, ...], type[int])
print(list[int] == list[int], list[int] == list[str], set[int] | None if False else 'skip')
t('isinstance generic', lambda: isinstance([], list[int]))
t('issubclass generic', lambda: issubclass(list, list[int]))
t('int not generic', lambda: int[str])
t('instance getitem', lambda: Box()[1])
class Plain:
    pass
t('plain subscript', lambda: Plain[int])
print(int | str, type(int | str).__name__, (int | None).__args__, int | str == str | int)
t('union bad', lambda: int | 5)
