# A task-scheduler simulation in the spirit of Richards: objects, polymorphic methods, linked queues.
class Packet:
    __slots__ = ('link', 'kind', 'datum')
    def __init__(self, link, kind):
        self.link = link
        self.kind = kind
        self.datum = 0
    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue
class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.count = 0
    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p
    def run(self, packet):
        raise NotImplementedError
class Worker(Task):
    def run(self, packet):
        if packet is None:
            return None
        self.count += 1
        packet.datum = (packet.datum + self.count) % 26
        target = self.sched.tasks[(self.ident + 1) % len(self.sched.tasks)]
        target.queue = packet.append_to(target.queue)
        return packet
class Idle(Task):
    def run(self, packet):
        self.count += 1
        if self.count % 7 == 0:
            victim = self.sched.tasks[self.count % len(self.sched.tasks)]
            victim.queue = Packet(None, 'work').append_to(victim.queue)
        return packet
class Scheduler:
    def __init__(self):
        self.tasks = []
    def schedule(self, rounds):
        done = 0
        for _ in range(rounds):
            for task in self.tasks:
                p = task.take() if not isinstance(task, Idle) else None
                if task.run(p) is not None:
                    done += 1
        return done
def main():
    s = Scheduler()
    for i in range(6):
        queue = None
        for k in range(3):
            queue = Packet(None, 'work').append_to(queue)
        s.tasks.append(Worker(s, i, i, queue))
    s.tasks.append(Idle(s, 6, 0, None))
    done = s.schedule(50_000)
    return done, sum(t.count for t in s.tasks)
print(main())
