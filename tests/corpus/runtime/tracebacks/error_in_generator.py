# exception raised inside a generator consumed by list(): the generator frame appears.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator broke')
total = sum(numbers())
