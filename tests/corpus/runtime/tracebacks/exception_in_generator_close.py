# uncaught RuntimeError "generator ignored GeneratorExit" from closing a generator that yields in finally.
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
g.close()
