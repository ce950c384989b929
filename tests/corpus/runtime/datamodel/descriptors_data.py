# data descriptors: __get__/__set__/__delete__ precedence over instance __dict__, owner argument, class access.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Data:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        log.append(('get', obj is None, owner.__name__))
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, value):
        log.append(('set', value))
        obj.__dict__['_' + self.name] = value * 2
    def __delete__(self, obj):
        log.append('delete')
        del obj.__dict__['_' + self.name]
class C:
    attr = Data()
c = C()
print(c.attr)
c.attr = 5
print(c.attr, c.__dict__)
c.__dict__['attr'] = 'instance dict value'
print(c.attr)
del c.attr
print(c.attr, type(C.attr).__name__, log)
class GetOnlyData:
    def __get__(self, obj, owner):
        return 'descriptor wins'
    def __set__(self, obj, value):
        raise AttributeError('read-only descriptor')
class D:
    x = GetOnlyData()
d = D()
d.__dict__['x'] = 'dict value'
t('data wins over dict', lambda: d.x)
t('set raises', lambda: setattr(d, 'x', 1))
class DelOnly:
    def __delete__(self, obj):
        log.append('del only')
class E:
    y = DelOnly()
e = E()
t('get delete-only', lambda: type(e.y).__name__)
t('set delete-only', lambda: setattr(e, 'y', 1))
t('delete', lambda: delattr(e, 'y'))
