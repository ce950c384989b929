# itertools: the documentation's recipes built from the module (take, nth, all_equal, quantify, grouper, roundrobin, partition, powerset, unique_everseen, sliding_window, batched-style chunks, flatten, iter_except).
from itertools import islice, count, groupby, chain, zip_longest, cycle, tee, filterfalse, combinations, starmap, repeat, accumulate, pairwise
import collections, operator
def take(n, it): return list(islice(it, n))
def nth(it, n, default=None): return next(islice(it, n, None), default)
def all_equal(it): g = groupby(it); return next(g, True) and not next(g, False)
def quantify(it, pred=bool): return sum(map(pred, it))
def grouper(it, n, *, incomplete='fill', fillvalue=None):
    args = [iter(it)] * n
    if incomplete == 'fill': return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict': return zip(*args, strict=True)
    return zip(*args)
def roundrobin(*its):
    num = len(its); nexts = cycle(iter(it).__next__ for it in its)
    while num:
        try:
            for n in nexts: yield n()
        except StopIteration:
            num -= 1; nexts = cycle(islice(nexts, num))
def partition(pred, it): t1, t2 = tee(it); return list(filterfalse(pred, t1)), list(filter(pred, t2))
def powerset(it): s = list(it); return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(it, key=None):
    seen = set()
    for e in it:
        k = e if key is None else key(e)
        if k not in seen: seen.add(k); yield e
def sliding_window(it, n):
    it = iter(it); w = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it: w.append(x); yield tuple(w)
def batched(it, n):
    it = iter(it)
    while batch := tuple(islice(it, n)): yield batch
def flatten(lol): return chain.from_iterable(lol)
def iter_except(func, exc):
    try:
        while True: yield func()
    except exc: pass
def tabulate(f, start=0): return map(f, count(start))
def dotproduct(a, b): return sum(map(operator.mul, a, b))
def first_true(it, default=False, pred=None): return next(filter(pred, it), default)
print(take(5, count(10, 3)), nth('abcde', 2), nth('ab', 9, 'dflt'), all_equal('aaa'), all_equal('aab'), all_equal(''), quantify([1, 0, 2, None]))
print(list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
try: list(grouper('ABCD', 3, incomplete='strict'))
except ValueError as e: print(type(e).__name__, e)
print(list(roundrobin('ABC', 'D', 'EF')), partition(lambda x: x % 2, range(10)), list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)), list(sliding_window('ABCDE', 3)), list(batched(range(7), 3)), list(flatten([[1, 2], [3], []])))
d = {1: 'a', 2: 'b'}; print(sorted(iter_except(d.popitem, KeyError)), take(4, tabulate(lambda x: x * x, 1)), dotproduct([1, 2, 3], [4, 5, 6]), first_true([0, None, 7, 8]), first_true([], 'none'))
print(list(accumulate(repeat(2, 5), operator.mul)), list(starmap(pow, pairwise([2, 3, 2]))), [k for k, _ in groupby(sorted('mississippi'))], list(accumulate([1, 5, 2, 8], max)))
def running_median_like(xs): return [sorted(xs[:i + 1])[i // 2] for i in range(len(xs))]
print(running_median_like([5, 1, 4, 2, 3]), list(zip(*[iter(range(6))] * 2)), list(islice(cycle('ab'), 0, 7, 2)))
