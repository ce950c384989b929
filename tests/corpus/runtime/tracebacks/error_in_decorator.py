# uncaught error raised in a decorator wrapper: the wrapper frame and the wrapped function frame.
def checked(fn):
    def wrapper(*args):
        result = fn(*args)
        if result < 0:
            raise ValueError(f'{fn.__name__} returned {result}')
        return result
    return wrapper
@checked
def compute(x):
    return x - 10
print(compute(20))
compute(3)
