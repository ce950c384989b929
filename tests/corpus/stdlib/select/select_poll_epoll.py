# select: select() over pipes, poll and epoll objects (registration, modify, events), and their errors.
import os
import select

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [], [], 0.5) == ([r], [], []))
class FD:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
fr = FD(r)
print(select.select([fr], [], [])[0][0] is fr)
for args in [([r], [w], [], -1), ([r], [w], [], "x"), ([r], [w]), ([1.5], [], [], 0), (["x"], [], [], 0),
             ([-1], [], [], 0), (5, [], [], 0)]:
    try:
        select.select(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
p = select.poll()
p.register(r)
p.register(w, select.POLLOUT)
print(sorted((fd == r, ev) for fd, ev in p.poll(0)))
p.modify(w, select.POLLIN)
print([(fd == r, ev) for fd, ev in p.poll(0)])
p.unregister(w)
for f, a in [(p.modify, (99, 1)), (p.unregister, (99,)), (p.poll, ("x",)), (p.register, ("x",))]:
    try:
        f(*a)
    except (OSError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
os.read(r, 1)
print(p.poll(0), p.poll(10))
e = select.epoll()
print(e.closed, e.fileno() > 2, type(e).__name__)
e.register(r, select.EPOLLIN)
e.register(w, select.EPOLLOUT)
print(sorted((fd == r, ev) for fd, ev in e.poll(0)))
os.write(w, b"yy")
print(sorted((fd == r, ev) for fd, ev in e.poll(0.1)))
e.modify(w, select.EPOLLIN)
print([(fd == r, ev) for fd, ev in e.poll(0)])
e.unregister(w)
for f, a in [(e.register, (r,)), (e.modify, (999, 1)), (e.unregister, (999,)), (e.poll, ("x",)), (e.poll, (0, 0))]:
    try:
        f(*a)
    except (OSError, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
with select.epoll() as e2:
    print(e2.closed)
print(e2.closed)
e.close()
e.close()
try:
    e.poll()
except ValueError as ex:
    print("ValueError", ex)
print(select.error is OSError, select.EPOLLIN, select.POLLNVAL, select.PIPE_BUF)
os.close(r)
os.close(w)
