# isinstance/issubclass against builtin type hierarchies (no abc): numeric, str/bytes, containers, types, exceptions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

checks = [(True, int), (1, float), (1.0, int), ('a', str), (b'a', bytes), (bytearray(), bytes), ([], list), ((), tuple), ({}, dict), (set(), frozenset), (None, object), (int, type), (type, type), (ValueError(), Exception), (KeyboardInterrupt(), Exception), (KeyError(), LookupError), (range(1), range), (len, object)]
print([isinstance(v, c) for v, c in checks])
sub = [(bool, int), (int, object), (float, int), (KeyError, LookupError), (LookupError, KeyError), (OSError, Exception), (BaseException, Exception), (type, object), (object, type), (ExceptionGroup, BaseExceptionGroup), (str, (bytes, str))]
print([issubclass(a, b) for a, b in sub])
