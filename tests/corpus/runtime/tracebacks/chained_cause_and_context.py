# an exception with both __cause__ and a different __context__: only the cause banner is printed.
try:
    try:
        raise KeyError('context')
    except KeyError:
        raise ValueError('during') from TypeError('explicit cause')
except ValueError as e:
    raise
