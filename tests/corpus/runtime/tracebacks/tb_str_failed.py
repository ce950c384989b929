# An uncaught exception whose __str__ raises: <exception str() failed>.
class Bad(Exception):
    def __str__(self):
        raise TypeError('no')
raise Bad()
