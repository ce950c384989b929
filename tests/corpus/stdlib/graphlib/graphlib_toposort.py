# graphlib: TopologicalSorter static_order, prepare/get_ready/done/is_active loop, cycles (CycleError args), errors for misuse.
from graphlib import TopologicalSorter, CycleError
graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}, 'E': {'D'}}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter(); ts.add('build', 'compile', 'link'); ts.add('link', 'compile'); ts.add('compile', 'fetch'); ts.add('test', 'build')
print(tuple(TopologicalSorter({'a': ['b'], 'b': []}).static_order()))
ts.prepare(); rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready()); rounds.append(ready); ts.done(*ready)
print(rounds, bool(ts))
cyc = TopologicalSorter({'a': {'b'}, 'b': {'c'}, 'c': {'a'}})
try: cyc.prepare()
except CycleError as e: print(type(e).__name__, e.args[0], sorted(e.args[1]), len(e.args[1]))
t2 = TopologicalSorter({1: [2]}); t2.prepare()
for bad in [lambda: t2.prepare(), lambda: t2.add(3), lambda: t2.done(99), lambda: t2.done(1), lambda: TopologicalSorter().get_ready(), lambda: TopologicalSorter().done(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(t2.get_ready(), t2.get_ready(), t2.is_active())
try: TopologicalSorter({'x': ['x']}).prepare()
except CycleError as e: print(e.args)
print(list(TopologicalSorter({}).static_order()), list(TopologicalSorter({5: [], 3: [], 4: []}).static_order()))
try: TopologicalSorter({'k': 1})
except TypeError as e: print(type(e).__name__, e)
