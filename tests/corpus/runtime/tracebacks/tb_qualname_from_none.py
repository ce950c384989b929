# raise ... from None hides the context; nested classes show their qualified name.
class E(Exception):
    pass
class Outer:
    class Inner(Exception): pass
try:
    raise E('a')
except E:
    raise Outer.Inner('b') from None
