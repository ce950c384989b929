# heapq: heapify/push/pop/pushpop/replace, nlargest/nsmallest with keys, merge (key, reverse), priority-queue recipe with tuples and ties.
import heapq, random
rnd = random.Random(7)
data = [rnd.randint(0, 100) for _ in range(20)]
h = list(data); heapq.heapify(h); print(h, h[0] == min(data))
print([heapq.heappop(h) for _ in range(5)], heapq.heappushpop(h, -1), heapq.heapreplace(h, 1000), h[0])
heapq.heappush(h, -5); print(h[:3], len(h), sorted(h) == [heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, data), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['a', 'cc'], ['bb'], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge()))
pq = []; counter = 0
for prio, task in [(2, 'write'), (1, 'read'), (2, 'alpha'), (0, 'boot'), (1, 'aardvark')]:
    heapq.heappush(pq, (prio, counter, task)); counter += 1
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], 'a'), lambda: heapq.heapify((1,)), lambda: heapq.heappush()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return self.n
t = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]; heapq.heapify(t); print(t[0], heapq.nsmallest(2, t), heapq._heapify_max if False else '')
mx = [1, 5, 3]; heapq._heapify_max(mx); print(mx, heapq._heappop_max(mx), mx)
