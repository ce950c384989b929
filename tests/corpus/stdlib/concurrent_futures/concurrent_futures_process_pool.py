# ProcessPoolExecutor (spawn): map, submit, exceptions carried back, shutdown.
import concurrent.futures as cf
import multiprocessing as mp


def cube(x):
    return x ** 3


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("spawn")) as ex:
        print(list(ex.map(cube, range(8))))
        print(list(ex.map(cube, range(6), chunksize=3)))
        fs = [ex.submit(divide, 10, d) for d in (1, 2, 5)]
        print([f.result(timeout=60) for f in fs])
        bad = ex.submit(divide, 1, 0)
        try:
            bad.result(timeout=60)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        print(type(bad.exception()).__name__)
    print(bad.done(), ex._shutdown_thread)
