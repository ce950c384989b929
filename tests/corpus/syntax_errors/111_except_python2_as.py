# Python 2 'except X, e' form
try:
    pass
except Exception, e:
    pass
