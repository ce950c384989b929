# uncaught exception whose __str__ raises: "<exception str() failed>".
class Broken(Exception):
    def __str__(self):
        raise RuntimeError('no str')
raise Broken()
