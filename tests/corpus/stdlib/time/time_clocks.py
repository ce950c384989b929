# time: clocks (types, monotonicity), sleep, get_clock_info, clock_gettime and their errors.
import time

a = time.monotonic()
time.sleep(0.02)
b = time.monotonic()
print(0.015 < b - a < 5)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
n1 = time.monotonic_ns(); n2 = time.monotonic_ns()
print(n2 >= n1, time.perf_counter() <= time.perf_counter(), time.perf_counter_ns() > 0)
print(time.process_time() >= 0, type(time.process_time_ns()).__name__, time.thread_time() >= 0, time.thread_time_ns() >= 0)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
for f, args in [(time.get_clock_info, ("nope",)), (time.sleep, (-1,)), (time.sleep, ("x",)), (time.sleep, (float("nan"),)),
                (time.sleep, (10**30,)), (time.clock_gettime, (999,)), (time.get_clock_info, (5,))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(f.__name__, type(e).__name__, e)
time.sleep(0)
time.sleep(0.001)
print(sorted(n for n in dir(time) if not n.startswith("__")))
