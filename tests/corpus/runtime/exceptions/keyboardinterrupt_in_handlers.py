# BaseException subclasses skip except Exception but are caught by bare except and except BaseException; finally still runs.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def run(exc):
    log = []
    try:
        try:
            raise exc
        except Exception:
            log.append('except Exception')
        finally:
            log.append('finally')
    except BaseException as e:
        log.append('outer ' + type(e).__name__)
    return log
for exc in [KeyboardInterrupt(), SystemExit(1), GeneratorExit(), ValueError(), BaseExceptionGroup('b', [KeyboardInterrupt()])]:
    print(type(exc).__name__, run(exc))
def bare():
    try:
        raise KeyboardInterrupt
    except:
        return 'bare except catches KeyboardInterrupt'
print(bare())
