# multiprocessing with the 'spawn' start method: Pool.map/starmap/apply_async (an error crossing back), Lock,
# RLock, BoundedSemaphore and the _multiprocessing.SemLock underneath.
# kaa-corpus: time-limit 180
import multiprocessing as mp
import sys


def square(x):
    return x * x


def power(x, y):
    return x ** y


def produce(q, n):
    for i in range(n):
        q.put(("item", i, i * i))
    q.put(None)


def leave(code):
    sys.exit(code)


def fail():
    raise ValueError("boom")


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print(ctx.get_start_method())
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(12)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.apply_async(square, (9,)).get(timeout=60))
        r = pool.apply_async(power, ("x", 2))
        try:
            r.get(timeout=60)
        except TypeError as e:
            print("TypeError", e)
    lock = ctx.Lock()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
    lock.release()
    rlock = ctx.RLock()
    print(rlock.acquire(), rlock.acquire(), rlock._semlock._count())
    rlock.release(); rlock.release()
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError", e)
    sem = ctx.BoundedSemaphore(2)
    print(sem.acquire(), sem.get_value())
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    import _multiprocessing
    print(sorted(_multiprocessing.flags.items()), _multiprocessing.SemLock.SEM_VALUE_MAX)
