# a small event loop written by hand: coroutines awaiting futures resolved by the loop, results gathered in order.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done = True
        self.value = v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
class Loop:
    def __init__(self):
        self.tasks = []
        self.tick = 0
        self.pending = []
    def spawn(self, coro):
        self.tasks.append([coro, None, False, None])
    def sleep(self, ticks, value):
        f = Future()
        self.pending.append((self.tick + ticks, f, value))
        return f
    def run(self):
        while not all(t[2] for t in self.tasks):
            self.tick += 1
            for due, f, v in list(self.pending):
                if due <= self.tick:
                    f.set(v)
                    self.pending.remove((due, f, v))
            for task in self.tasks:
                if task[2]:
                    continue
                try:
                    task[0].send(None)
                except StopIteration as e:
                    task[2] = True
                    task[3] = e.value
        return [t[3] for t in self.tasks], self.tick
loop = Loop()
order = []
async def worker(name, delay):
    v = await loop.sleep(delay, name.upper())
    order.append(name)
    w = await loop.sleep(1, v * 2)
    return w
for name, d in [('a', 3), ('b', 1), ('c', 2)]:
    loop.spawn(worker(name, d))
print(loop.run(), order)
