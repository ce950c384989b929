# truthiness of user containers via __len__, len() on classes deriving from builtins, __length_hint__ not used by len().
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Bag:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Hint:
    def __length_hint__(self):
        return 5
class MyList(list):
    def __len__(self):
        return 42
print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2)), [b for b in (Bag(), Bag(0)) if b].__len__())
t('hint len', lambda: len(Hint()))
m = MyList([1])
print(len(m), bool(MyList()), list(m), m == [1])
