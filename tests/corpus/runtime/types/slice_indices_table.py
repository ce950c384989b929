# slice.indices over a table of starts, stops and steps for a fixed length, compared with list slicing results.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

lst = list(range(8))
bad = 0
for start in (None, -10, -3, 0, 2, 7, 10):
    for stop in (None, -10, -3, 0, 5, 10):
        for step in (None, -3, -1, 1, 2):
            sl = slice(start, stop, step)
            idx = sl.indices(len(lst))
            if lst[sl] != [lst[i] for i in range(*idx)]:
                bad += 1
            print(start, stop, step, idx, lst[sl])
print('mismatches', bad)
