# uncaught exception raised while handling another: "During handling of the above exception, another exception occurred".
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError('no such key: ' + s)
parse('abc')
