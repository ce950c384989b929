# The gc module's API: enable/disable, thresholds, debug flags, stats shape, is_tracked, referents,
# callbacks, and argument errors.
import gc

print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500); print(gc.get_threshold())
gc.set_threshold(700, 10, 10); print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), (1.5,), ('a',)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_debug())
gc.set_debug(0); print(gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(len(gc.get_count()), type(gc.get_count()).__name__)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.garbage, gc.callbacks, gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.collect(1.0)
except TypeError as e:
    print(type(e).__name__, e)

class C:
    pass
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(2.5), gc.is_tracked(None), gc.is_tracked(b'x'))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(C()))
print(gc.is_tracked((1, [])), gc.is_tracked(set()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.get_referents([1, 2, 'a']), gc.get_referents((1, 2)), gc.get_referents({'a': 2}), gc.get_referents(1))
lst = [7]
holder = {'k': lst}
print(any(r is holder for r in gc.get_referrers(lst)))
print(any(o is holder for o in gc.get_objects()))

log = []
def cb(phase, info):
    log.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(log)
print(gc.is_finalized(C()))
