# multiprocessing with the 'spawn' start method: a Queue between processes, Process exit codes (sys.exit with
# an int; an uncaught exception).
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
    q = ctx.Queue()
    p = ctx.Process(target=produce, args=(q, 4))
    p.start()
    items = []
    while (item := q.get(timeout=60)) is not None:
        items.append(item)
    p.join()
    print(items, p.exitcode)
    for code in (5,):
        p = ctx.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print("exit", code, p.exitcode)
    p = ctx.Process(target=fail)
    p.start()
    p.join()
    print("raised", p.exitcode)
