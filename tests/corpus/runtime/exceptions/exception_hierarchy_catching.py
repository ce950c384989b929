# catching by base classes: which except clause catches each builtin exception, ordering of clauses, tuples including bases.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

excs = [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), FileNotFoundError(), PermissionError(), TimeoutError(), UnicodeDecodeError('utf-8', b'', 0, 1, 'r'),
        RecursionError(), NotImplementedError(), StopIteration(), GeneratorExit(), KeyboardInterrupt(), SystemExit(), ModuleNotFoundError(), TabError(), UnboundLocalError(), BrokenPipeError()]
def which(e):
    try:
        raise e
    except ArithmeticError:
        return 'ArithmeticError'
    except LookupError:
        return 'LookupError'
    except OSError:
        return 'OSError'
    except ValueError:
        return 'ValueError'
    except RuntimeError:
        return 'RuntimeError'
    except (ImportError, SyntaxError, NameError):
        return 'Import/Syntax/Name'
    except Exception:
        return 'Exception'
    except BaseException:
        return 'BaseException'
for e in excs:
    print(type(e).__name__, which(e))
