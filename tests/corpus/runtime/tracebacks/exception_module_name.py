# uncaught exception of a class defined in __main__ prints the bare name; nested class prints qualname.
class Outer:
    class InnerError(Exception):
        pass
raise Outer.InnerError('from nested class')
