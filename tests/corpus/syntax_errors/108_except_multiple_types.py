# unparenthesized exception tuple
try:
    pass
except ValueError, TypeError:
    pass
