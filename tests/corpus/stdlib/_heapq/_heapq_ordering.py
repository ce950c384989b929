# _heapq: comparison order and counts (via a counting key class), ties, stability of tuples, mutation errors.
import _heapq as h
count = 0
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v
    def __repr__(self): return 'C(%d)' % self.v
data = [C((i * 37) % 101) for i in range(101)]
h.heapify(data); print(count, data[:5]); count = 0
out = [h.heappop(data).v for _ in range(10)]; print(out, count); count = 0
h.heappush(data, C(-1)); print(count, data[0])
big = [C((i * 7919) % 6007) for i in range(6007)]; count = 0
h.heapify(big); print(count, big[:6])
class Grow:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, other):
        self.heap.append(0)
        return True
hp = [0, 1]
hp.append(Grow(hp))
try: h.heappush(hp, Grow(hp))
except RuntimeError as e: print(e)
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
h.heapify(pairs); print([h.heappop(pairs) for _ in range(3)])
try: h.heappush([1, 'a'], 2)
except TypeError as e: print(e)
