# Exceptions: raise and catch in the same frame and across calls, with finally and else.
class AppError(Exception):
    pass
def may_fail(i):
    if i % 3 == 0:
        raise AppError(i)
    return i
def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += may_fail(i)
        except AppError as e:
            caught += 1
        else:
            total += 1
        finally:
            total %= 1000003
        try:
            raise KeyError(i)
        except LookupError:
            caught += 1
    return caught, total
print(run(900_000))
