# __init_subclass__ across several levels with keyword arguments consumed at different levels, and classmethod-ness.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Root:
    def __init_subclass__(cls, root_opt=None, **kw):
        log.append(('Root', cls.__name__, root_opt, kw))
        super().__init_subclass__(**kw)
class Mid(Root):
    def __init_subclass__(cls, mid_opt=None, **kw):
        log.append(('Mid', cls.__name__, mid_opt))
        super().__init_subclass__(**kw)
class Leaf(Mid, mid_opt=1, root_opt=2):
    pass
class Leaf2(Leaf):
    pass
for entry in log:
    print(entry)
print(type(Root.__dict__['__init_subclass__']).__name__)
try:
    class Bad(Mid, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
