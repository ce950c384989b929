# uncaught exception carrying notes: notes printed after the message.
try:
    raise TypeError('needs notes')
except TypeError as e:
    e.add_note('note one')
    e.add_note('note two\nspanning lines')
    raise
