namespace Kaa.Runtime;

/// <summary>
/// <c>_heapq</c>: the binary min-heap (and the max-heap variants <c>heapq.merge</c> and <c>nlargest</c>
/// use) over a list, with CPython's order of comparisons and its checks that the list does not change
/// size under a comparison.
/// </summary>
internal static class HeapqModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_heapq", "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n");
        m.Set("__about__", PyStr.Create("Heap queues\n\n[explanation by Fran\u00e7ois Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nThe strange invariant above is meant to be an efficient memory\nrepresentation for a tournament.  The numbers below are `k', not a[k]:\n\n                                   0\n\n                  1                                 2\n\n          3               4                5               6\n\n      7       8       9       10      11      12      13      14\n\n    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30\n\n\nIn the tree above, each cell `k' is topping `2*k+1' and `2*k+2'.  In\na usual binary tournament we see in sports, each cell is the winner\nover the two cells it tops, and we can trace the winner down the tree\nto see all opponents s/he had.  However, in many computer applications\nof such tournaments, we do not need to trace the history of a winner.\nTo be more memory efficient, when a winner is promoted, we try to\nreplace it by something else at a lower level, and the rule becomes\nthat a cell and the two cells it tops contain three different items,\nbut the top cell \"wins\" over the two topped cells.\n\nIf this heap invariant is protected at all time, index 0 is clearly\nthe overall winner.  The simplest algorithmic way to remove it and\nfind the \"next\" winner is to move some loser (let's say cell 30 in the\ndiagram above) into the 0 position, and then percolate this new 0 down\nthe tree, exchanging values, until the invariant is re-established.\nThis is clearly logarithmic on the total number of items in the tree.\nBy iterating over all items, you get an O(n ln n) sort.\n\nA nice feature of this sort is that you can efficiently insert new\nitems while the sort is going on, provided that the inserted items are\nnot \"better\" than the last 0'th element you extracted.  This is\nespecially useful in simulation contexts, where the tree holds all\nincoming events, and the \"win\" condition means the smallest scheduled\ntime.  When an event schedule other events for execution, they are\nscheduled into the future, so they can easily go into the heap.  So, a\nheap is a good structure for implementing schedulers (this is what I\nused for my MIDI sequencer :-).\n\nVarious structures for implementing schedulers have been extensively\nstudied, and heaps are good for this, as they are reasonably speedy,\nthe speed is almost constant, and the worst case is not much different\nthan the average case.  However, there are other representations which\nare more efficient overall, yet the worst cases might be terrible.\n\nHeaps are also very useful in big disk sorts.  You most probably all\nknow that a big sort implies producing \"runs\" (which are pre-sorted\nsequences, which size is usually related to the amount of CPU memory),\nfollowed by a merging passes for these runs, which merging is often\nvery cleverly organised[1].  It is very important that the initial\nsort produces the longest runs possible.  Tournaments are a good way\nto that.  If, using all the memory available to hold a tournament, you\nreplace and percolate items that happen to fit the current run, you'll\nproduce runs which are twice the size of the memory for random input,\nand much better for input fuzzily ordered.\n\nMoreover, if you output the 0'th item on disk and get an input which\nmay not fit in the current tournament (because the value \"wins\" over\nthe last output value), it cannot fit in the heap, so the size of the\nheap decreases.  The freed memory could be cleverly reused immediately\nfor progressively building a second heap, which grows at exactly the\nsame rate the first heap is melting.  When the first heap completely\nvanishes, you switch heaps and start a new run.  Clever and quite\neffective!\n\nIn a word, heaps are useful memory structures to know.  I use them in\na few applications, and I think it is good to keep a `heap' module\naround. :-)\n\n--------------------\n[1] The disk balancing algorithms which are current, nowadays, are\nmore annoying than clever, and this is a consequence of the seeking\ncapabilities of the disks.  On devices which cannot seek, like big\ntape drives, the story was quite different, and one had to be very\nclever to ensure (far in advance) that each tape movement will be the\nmost effective possible (that is, will best participate at\n\"progressing\" the merge).  Some tapes were even able to read\nbackwards, and this was also used to avoid the rewinding time.\nBelieve me, real good tape sorts were quite spectacular to watch!\nFrom all times, sorting has always been a Great Art! :-)\n"));
        m.AddFunction("heappush", Two("heappush", static (ts, heap, item) =>
        {
            heap.Append(item);
            return SiftDown(ts, heap, 0, heap.Count - 1, max: false) ? PyNone.Instance : null;
        }), "Push item onto heap, maintaining the heap invariant.");
        m.AddFunction("heappop", One("heappop", static (ts, heap) => Pop(ts, heap, max: false)), "Pop the smallest item off the heap, maintaining the heap invariant.");
        m.AddFunction("heapreplace", Two("heapreplace", static (ts, heap, item) => Replace(ts, heap, item, max: false)), "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)");
        m.AddFunction("heappushpop", Two("heappushpop", static (ts, heap, item) =>
        {
            if (heap.Count == 0) return item;
            int c = Protocols.RichCompareBool(ts, heap[0], item, CompareOp.Lt);
            if (c < 0) return null;
            if (c == 0) return item;
            if (heap.Count == 0) return ts.IndexError("index out of range");
            var top = heap[0];
            heap[0] = item;
            return SiftUp(ts, heap, 0, max: false) ? top : null;
        }), "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().");
        m.AddFunction("heapify", One("heapify", static (ts, heap) => Heapify(ts, heap, max: false)), "Transform list into a heap, in-place, in O(len(heap)) time.");
        m.AddFunction("_heappop_max", One("_heappop_max", static (ts, heap) => Pop(ts, heap, max: true)), "Maxheap variant of heappop.");
        m.AddFunction("_heapreplace_max", Two("_heapreplace_max", static (ts, heap, item) => Replace(ts, heap, item, max: true)), "Maxheap variant of heapreplace.");
        m.AddFunction("_heapify_max", One("_heapify_max", static (ts, heap) => Heapify(ts, heap, max: true)), "Maxheap variant of heapify.");
        return m;
    }

    private static FastMethod One(string name, Func<ThreadState, PyList, PyObject?> f)
        => (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError($"_heapq.{name}() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"_heapq.{name}() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyList heap) return ts.TypeError($"{name}() argument must be list, not {args[0].Type.Name}");
            return f(ts, heap);
        };

    private static FastMethod Two(string name, Func<ThreadState, PyList, PyObject, PyObject?> f)
        => (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError($"_heapq.{name}() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"{name} expected 2 arguments, got {args.Length}");
            if (args[0] is not PyList heap) return ts.TypeError($"{name}() argument 1 must be list, not {args[0].Type.Name}");
            return f(ts, heap, args[1]);
        };

    /// <summary>a &lt; b for the min-heap; b &lt; a for the max-heap.</summary>
    private static int Less(ThreadState ts, PyObject a, PyObject b, bool max)
        => max ? Protocols.RichCompareBool(ts, b, a, CompareOp.Lt) : Protocols.RichCompareBool(ts, a, b, CompareOp.Lt);

    /// <summary>Moves the item at <paramref name="pos"/> up towards <paramref name="startPos"/> while it is smaller than its parent.</summary>
    private static bool SiftDown(ThreadState ts, PyList heap, int startPos, int pos, bool max)
    {
        int size = heap.Count;
        while (pos > startPos)
        {
            int parentPos = (pos - 1) >> 1;
            int c = Less(ts, heap[pos], heap[parentPos], max);
            if (c < 0) return false;
            if (size != heap.Count)
            {
                ts.SetError(PyExc.RuntimeError, "list changed size during iteration");
                return false;
            }
            if (c == 0) break;
            (heap[parentPos], heap[pos]) = (heap[pos], heap[parentPos]);
            pos = parentPos;
        }
        return true;
    }

    /// <summary>Bubbles the smaller child up from <paramref name="pos"/> to a leaf, then sifts the item back down.</summary>
    private static bool SiftUp(ThreadState ts, PyList heap, int pos, bool max)
    {
        int endPos = heap.Count;
        int startPos = pos;
        if (pos >= endPos)
        {
            ts.SetError(PyExc.IndexError, "index out of range");
            return false;
        }
        int limit = endPos >> 1;
        while (pos < limit)
        {
            int childPos = 2 * pos + 1;
            if (childPos + 1 < endPos)
            {
                int c = Less(ts, heap[childPos], heap[childPos + 1], max);
                if (c < 0) return false;
                childPos += c ^ 1;
                if (endPos != heap.Count)
                {
                    ts.SetError(PyExc.RuntimeError, "list changed size during iteration");
                    return false;
                }
            }
            (heap[childPos], heap[pos]) = (heap[pos], heap[childPos]);
            pos = childPos;
        }
        return SiftDown(ts, heap, startPos, pos, max);
    }

    private static PyObject? Pop(ThreadState ts, PyList heap, bool max)
    {
        int n = heap.Count;
        if (n == 0) return ts.IndexError("index out of range");
        var last = heap.RemoveAt(n - 1);
        if (n - 1 == 0) return last;
        var top = heap[0];
        heap[0] = last;
        return SiftUp(ts, heap, 0, max) ? top : null;
    }

    private static PyObject? Replace(ThreadState ts, PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) return ts.IndexError("index out of range");
        var top = heap[0];
        heap[0] = item;
        return SiftUp(ts, heap, 0, max) ? top : null;
    }

    private static PyObject? Heapify(ThreadState ts, PyList heap, bool max)
    {
        int n = heap.Count;
        if (n > 2500) return CacheFriendlyHeapify(ts, heap, max);
        for (int i = (n >> 1) - 1; i >= 0; i--)
            if (!SiftUp(ts, heap, i, max)) return null;
        return PyNone.Instance;
    }

    /// <summary>For big heaps: sift subtrees depth-first so each works within a cache-sized region (CPython's order, hence its comparisons).</summary>
    private static PyObject? CacheFriendlyHeapify(ThreadState ts, PyList heap, bool max)
    {
        int m = heap.Count >> 1;
        int leftmost = (1 << System.Numerics.BitOperations.Log2((uint)(m + 1))) - 1; // the leftmost node in m's row
        int mhalf = m >> 1;
        for (int i = leftmost - 1; i >= mhalf; i--)
        {
            for (int j = i; ; j >>= 1)
            {
                if (!SiftUp(ts, heap, j, max)) return null;
                if ((j & 1) == 0) break;
            }
        }
        for (int i = m - 1; i >= leftmost; i--)
        {
            for (int j = i; ; j >>= 1)
            {
                if (!SiftUp(ts, heap, j, max)) return null;
                if ((j & 1) == 0) break;
            }
        }
        return PyNone.Instance;
    }
}
