# sched: a scheduler on a fake clock: enter/enterabs ordering by time then priority, cancel, queue contents, run(blocking=False), errors.
import sched
now = [0.0]
def clock(): return now[0]
def sleep(d): now[0] += d
log = []
s = sched.scheduler(clock, sleep)
def ev(name): log.append((now[0], name))
e1 = s.enter(5, 2, ev, ('five-low',)); s.enter(5, 1, ev, ('five-high',)); s.enterabs(2, 1, ev, argument=('abs2',)); s.enter(1, 1, ev, kwargs={'name': 'kw1'})
e_cancel = s.enter(3, 1, ev, ('cancelled',)); s.cancel(e_cancel)
print([(e.time, e.priority, e.argument, e.kwargs) for e in s.queue], s.empty())
s.run(); print(log, now[0], s.empty())
try: s.cancel(e1)
except ValueError as e: print(type(e).__name__, e)
s.enter(10, 1, ev, ('later',)); print(s.run(blocking=False), log[-1]); now[0] = 20; print(s.run(blocking=False), log[-1])
def chained(n):
    log.append(('chain', n, now[0]))
    if n: s.enter(1, 1, chained, (n - 1,))
s.enter(0, 1, chained, (3,)); s.run(); print(log[-4:])
e = sched.Event(1, 2, 0, print, (), {}); print(e < sched.Event(1, 3, 0, print, (), {}), e == sched.Event(1, 2, 0, len, (), {}), e._fields)
