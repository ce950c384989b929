# uncaught error raised by __exit__ while an exception propagates through a with block: both exceptions chained.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('cleanup failed')
with Resource():
    raise ValueError('work failed')
