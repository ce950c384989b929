# _heapq: push/pop/replace/pushpop/heapify (small and cache-friendly sizes), the max-heap variants, errors.
import _heapq as h
heap = []
for x in [5, 3, 8, 1, 9, 2, 7]: h.heappush(heap, x)
print(heap, [h.heappop(heap) for _ in range(3)], heap)
print(h.heapreplace(heap, 0), heap, h.heappushpop(heap, -1), h.heappushpop(heap, 100), heap)
d = list(range(20, 0, -1)); h.heapify(d); print(d)
d = list(range(20)); h._heapify_max(d); print(d, h._heappop_max(d), h._heapreplace_max(d, 3), d)
big = [(i * 7919) % 5003 for i in range(5003)]; h.heapify(big); print(big[:20], big[-5:])
bigm = [(i * 7919) % 5003 for i in range(5003)]; h._heapify_max(bigm); print(bigm[:10])
for f in [lambda: h.heappop([]), lambda: h.heapreplace([], 1), lambda: h.heappush((), 1), lambda: h.heappop(), lambda: h.heappush([]), lambda: h.heappushpop([], 3), lambda: h.heapify({})]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(len(h.__about__), h.__about__[:40])
