# exception raised inside a class body and a method: frames named after the class.
class Config:
    defaults = {'a': 1}
    value = defaults['b']
