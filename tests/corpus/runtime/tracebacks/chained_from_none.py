# raise ... from None: only the last exception is printed.
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError('replaced, context suppressed') from None
