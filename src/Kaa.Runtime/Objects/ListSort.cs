namespace Kaa.Runtime;

/// <summary>
/// <c>list.sort</c>: CPython's adaptive, stable natural mergesort (timsort with the powersort merge policy
/// of 3.11; see Objects/listsort.txt). It is followed step for step — run detection, binary insertion up to
/// minrun, galloping merges with the adaptive min_gallop, the same pre-sort choice of comparison — because
/// the sequence of <c>__lt__</c> calls is observable and must be CPython's.
/// <para>With a key function the keys are computed first and sorted, the items moving with them. The list
/// is emptied while sorting; a change to it during the sort is reported afterwards ("list modified during
/// sort") and discarded.</para>
/// </summary>
internal sealed class ListSort
{
    /// <summary>Consecutive wins that switch a merge into galloping mode (initially).</summary>
    private const int MinGallop = 7;

    /// <summary>How keys are compared, chosen once before sorting (the pre-sort check).</summary>
    private enum CompareKind
    {
        /// <summary>PyObject_RichCompareBool(v, w, Py_LT).</summary>
        Safe,
        /// <summary>All keys share one type: call its comparison slot directly, falling back on NotImplemented.</summary>
        SameType,
        /// <summary>All keys are non-empty tuples: compare elements, the first with <see cref="_elementKind"/>.</summary>
        Tuple,
        /// <summary>All keys are exact ints that fit a long (CPython's unsafe_long_compare): compare the values.</summary>
        SmallInt,
        /// <summary>All keys are exact floats (unsafe_float_compare): compare the doubles.</summary>
        Float,
        /// <summary>All keys are exact strs (unsafe_latin_compare and its kin): compare the code points.</summary>
        Str,
    }

    private struct Run
    {
        public int Base;
        public int Length;
        public int Power;
    }

    private readonly ThreadState _ts;
    private readonly PyObject[] _keys;
    /// <summary>The items when a key function gave separate keys; null when the items are the keys.</summary>
    private readonly PyObject[]? _values;
    private readonly int _length;
    private PyObject[] _tempKeys = [];
    private PyObject[]? _tempValues;
    private int _minGallop = MinGallop;
    private readonly Run[] _pending = new Run[64];
    private int _runCount;
    private CompareKind _kind = CompareKind.Safe;
    private CompareKind _elementKind = CompareKind.Safe;
    private RichCompareFunc? _sameTypeCompare;

    private ListSort(ThreadState ts, PyObject[] keys, PyObject[]? values, int length)
    {
        _ts = ts;
        _keys = keys;
        _values = values;
        _length = length;
        if (values is not null) _tempValues = [];
    }

    /// <summary>list.sort(key=, reverse=): false with the error set.</summary>
    public static bool Sort(ThreadState ts, PyList list, PyObject? keyFunc, bool reverse)
    {
        var items = list.BeginSort(out int n, out var storage, out int allocated);
        bool ok = true;
        PyObject[] keys = items;
        PyObject[]? values = null;
        if (keyFunc is not null)
        {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var k = Protocols.Call1(ts, keyFunc, items[i]);
                if (k is null)
                {
                    list.EndSort(storage, n, allocated);
                    return false;
                }
                keys[i] = k;
            }
            values = items;
        }
        if (n > 1)
        {
            var sorter = new ListSort(ts, keys, values, n);
            sorter.ChooseComparison();
            if (reverse)
            {
                Array.Reverse(keys, 0, n);
                if (values is not null) Array.Reverse(values, 0, n);
            }
            ok = sorter.SortByNumbers() || sorter.SortRuns();
            if (reverse) Array.Reverse(items, 0, n);
        }
        if (!list.EndSort(storage, n, allocated) && ok)
        {
            ts.SetError(PyExc.ValueError, "list modified during sort");
            return false;
        }
        return ok;
    }

    /// <summary>The pre-sort check: homogeneous keys (or first elements of tuple keys) are compared through
    /// their type's slot directly, as CPython's unsafe_*_compare functions do.</summary>
    private void ChooseComparison()
    {
        var first = _keys[0];
        bool inTuples = first.Type == BuiltinTypes.Tuple && ((PyTuple)first).Length > 0;
        var keyType = inTuples ? ((PyTuple)first).Items[0].Type : first.Type;
        bool sameType = true;
        for (int i = 0; i < _length; i++)
        {
            var k = _keys[i];
            if (inTuples && !(k.Type == BuiltinTypes.Tuple && ((PyTuple)k).Length != 0))
            {
                inTuples = false;
                sameType = false;
                break;
            }
            var key = inTuples ? ((PyTuple)k).Items[0] : k;
            if (key.Type != keyType)
            {
                sameType = false;
                if (!inTuples) break;
            }
        }
        if (sameType && keyType.RichCompare is { } rc)
        {
            _kind = CompareKind.SameType;
            _sameTypeCompare = rc;
            // The builtin types' comparisons cannot be replaced, and for these three the outcome of `<` is
            // the comparison of the values themselves: no slot call, no bool object.
            if (keyType == BuiltinTypes.Float) _kind = CompareKind.Float;
            else if (keyType == BuiltinTypes.Str) _kind = CompareKind.Str;
            else if (keyType == BuiltinTypes.Int && AllSmallInts(inTuples)) _kind = CompareKind.SmallInt;
        }
        if (inTuples)
        {
            _elementKind = keyType == BuiltinTypes.Tuple ? CompareKind.Safe : _kind;
            _kind = CompareKind.Tuple;
        }
    }

    /// <summary>True when every key (or first element of a tuple key) is an int that fits a long.</summary>
    private bool AllSmallInts(bool inTuples)
    {
        for (int i = 0; i < _length; i++)
        {
            var key = inTuples ? ((PyTuple)_keys[i]).Items[0] : _keys[i];
            if (!((PyInt)key).IsSmall) return false;
        }
        return true;
    }

    /// <summary>
    /// Sorts keys that are all exact ints fitting a long, or all exact floats without a NaN, by their values
    /// laid out in one array: no comparison reaches Python code and none can fail, so any stable sort gives
    /// timsort's result; a radix sort of the numbers laid out in one array makes no comparison at all and
    /// no cache miss per key. False (nothing done)
    /// for other keys. (NaNs are left to timsort: with them `<` is no order, and the result depends on which
    /// pairs timsort compares.)
    /// </summary>
    private bool SortByNumbers()
    {
        if (_kind is not (CompareKind.SmallInt or CompareKind.Float) || _length < 16) return false;
        var values = new long[_length];
        long min = long.MaxValue, max = long.MinValue;
        for (int i = 0; i < _length; i++)
        {
            long v;
            // Every key's type is exactly int or float (ChooseComparison checked): no cast needed.
            if (_kind == CompareKind.SmallInt) v = System.Runtime.CompilerServices.Unsafe.As<PyInt>(_keys[i]).Small;
            else
            {
                double d = System.Runtime.CompilerServices.Unsafe.As<PyFloat>(_keys[i]).Value;
                if (double.IsNaN(d)) return false;
                // IEEE bits ordered as the doubles are; -0.0 and 0.0 are equal keys.
                long bits = d == 0 ? 0 : BitConverter.DoubleToInt64Bits(d);
                v = bits >= 0 ? bits : bits ^ long.MaxValue;
            }
            values[i] = v;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        int[] order = RadixOrder(values, min, (ulong)max - (ulong)min);
        Permute(_keys, order);
        if (_values is not null) Permute(_values, order);
        return true;
    }

    /// <summary>
    /// The stable order of <paramref name="values"/>: a least-significant-digit radix sort of each value's
    /// offset from <paramref name="min"/> (at most <paramref name="span"/>), a byte per pass, passes over
    /// bytes every value shares skipped. Linear in the length, and stable as timsort is.
    /// </summary>
    private int[] RadixOrder(long[] values, long min, ulong span)
    {
        int n = _length;
        var keys = new ulong[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = (ulong)values[i] - (ulong)min; // modular: the true offset, even above long.MaxValue
            order[i] = i;
        }
        int bytes = (64 - System.Numerics.BitOperations.LeadingZeroCount(span) + 7) / 8;
        var otherKeys = new ulong[n];
        var otherOrder = new int[n];
        var counts = new int[256];
        for (int b = 0; b < bytes; b++)
        {
            int shift = b * 8;
            Array.Clear(counts);
            for (int i = 0; i < n; i++) counts[(int)(keys[i] >> shift) & 255]++;
            if (counts[(int)(keys[0] >> shift) & 255] == n) continue; // one digit for all: nothing moves
            int total = 0;
            for (int d = 0; d < 256; d++)
            {
                int c = counts[d];
                counts[d] = total;
                total += c;
            }
            for (int i = 0; i < n; i++)
            {
                int at = counts[(int)(keys[i] >> shift) & 255]++;
                otherKeys[at] = keys[i];
                otherOrder[at] = order[i];
            }
            (keys, otherKeys) = (otherKeys, keys);
            (order, otherOrder) = (otherOrder, order);
        }
        return order;
    }

    private void Permute(PyObject[] items, int[] order)
    {
        var copy = new PyObject[_length];
        Array.Copy(items, copy, _length);
        // Stored through a reference to the first element: an array store of a PyObject subclass into a
        // PyObject[] otherwise pays the array covariance check on each element.
        ref PyObject dest = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(items);
        for (int i = 0; i < _length; i++) System.Runtime.CompilerServices.Unsafe.Add(ref dest, i) = copy[order[i]];
    }

    // ---- comparisons -------------------------------------------------------------------------------

    /// <summary>v &lt; w: 1, 0, or -1 with the error set.</summary>
    private int Lt(PyObject v, PyObject w)
        => _kind == CompareKind.Tuple ? TupleLt((PyTuple)v, (PyTuple)w) : KindLt(_kind, v, w);

    /// <summary>v &lt; w for keys of one <paramref name="kind"/> (any but Tuple).</summary>
    private int KindLt(CompareKind kind, PyObject v, PyObject w) => kind switch
    {
        CompareKind.SmallInt => ((PyInt)v).Small < ((PyInt)w).Small ? 1 : 0,
        CompareKind.Float => ((PyFloat)v).Value < ((PyFloat)w).Value ? 1 : 0,
        CompareKind.Str => StrSlots.Compare((PyStr)v, (PyStr)w) < 0 ? 1 : 0,
        CompareKind.SameType => SameTypeLt(v, w),
        _ => Protocols.RichCompareBool(_ts, v, w, CompareOp.Lt),
    };

    private int SameTypeLt(PyObject v, PyObject w)
    {
        // The type's comparison may have been replaced since the check (a class's __lt__ reassigned).
        if (!ReferenceEquals(v.Type.RichCompare, _sameTypeCompare)) return Protocols.RichCompareBool(_ts, v, w, CompareOp.Lt);
        var r = _sameTypeCompare!(_ts, v, w, CompareOp.Lt);
        if (r == PyNotImplemented.Instance) return Protocols.RichCompareBool(_ts, v, w, CompareOp.Lt);
        if (r is null) return -1;
        if (r is PyBool b) return b.IsTrue ? 1 : 0;
        return Protocols.IsTrue(_ts, r);
    }

    private int TupleLt(PyTuple v, PyTuple w)
    {
        int vlen = v.Length, wlen = w.Length, i = 0;
        for (; i < vlen && i < wlen; i++)
        {
            int k = Protocols.RichCompareBool(_ts, v.Items[i], w.Items[i], CompareOp.Eq);
            if (k < 0) return -1;
            if (k == 0) break;
        }
        if (i >= vlen || i >= wlen) return vlen < wlen ? 1 : 0;
        if (i == 0) return KindLt(_elementKind, v.Items[0], w.Items[0]);
        return Protocols.RichCompareBool(_ts, v.Items[i], w.Items[i], CompareOp.Lt);
    }

    // ---- the main loop -----------------------------------------------------------------------------

    private bool SortRuns()
    {
        int remaining = _length;
        int lo = 0;
        int minRun = ComputeMinRun(remaining);
        do
        {
            int n = CountRun(lo, lo + remaining, out bool descending);
            if (n < 0) return false;
            if (descending) ReverseRange(lo, n);
            if (n < minRun)
            {
                int force = remaining <= minRun ? remaining : minRun;
                if (!BinarySort(lo, lo + force, lo + n)) return false;
                n = force;
            }
            if (!FoundNewRun(n)) return false;
            _pending[_runCount++] = new Run { Base = lo, Length = n };
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        return ForceCollapse();
    }

    /// <summary>n itself below 64; otherwise a value in [32, 64] such that n/minrun is just below a power of 2.</summary>
    private static int ComputeMinRun(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void ReverseRange(int lo, int n)
    {
        Array.Reverse(_keys, lo, n);
        if (_values is not null) Array.Reverse(_values, lo, n);
    }

    /// <summary>Binary insertion sort of [lo, hi), where [lo, start) is already sorted.</summary>
    private bool BinarySort(int lo, int hi, int start)
    {
        if (lo == start) start++;
        for (; start < hi; start++)
        {
            int l = lo, r = start;
            var pivot = _keys[r];
            do
            {
                int p = l + ((r - l) >> 1);
                int k = Lt(pivot, _keys[p]);
                if (k < 0) return false;
                if (k != 0) r = p;
                else l = p + 1;
            } while (l < r);
            // pivot belongs at l, after any equal keys (stability).
            Array.Copy(_keys, l, _keys, l + 1, start - l);
            _keys[l] = pivot;
            if (_values is not null)
            {
                var v = _values[start];
                Array.Copy(_values, l, _values, l + 1, start - l);
                _values[l] = v;
            }
        }
        return true;
    }

    /// <summary>The length of the run at lo: the longest non-descending, or strictly descending, prefix of [lo, hi).</summary>
    private int CountRun(int lo, int hi, out bool descending)
    {
        descending = false;
        lo++;
        if (lo == hi) return 1;
        int n = 2;
        int k = Lt(_keys[lo], _keys[lo - 1]);
        if (k < 0) return -1;
        if (k != 0)
        {
            descending = true;
            for (lo++; lo < hi; lo++, n++)
            {
                k = Lt(_keys[lo], _keys[lo - 1]);
                if (k < 0) return -1;
                if (k == 0) break;
            }
        }
        else
        {
            for (lo++; lo < hi; lo++, n++)
            {
                k = Lt(_keys[lo], _keys[lo - 1]);
                if (k < 0) return -1;
                if (k != 0) break;
            }
        }
        return n;
    }

    // ---- galloping searches ------------------------------------------------------------------------

    /// <summary>
    /// Where <paramref name="key"/> belongs in the sorted a[b..b+n): the k with a[k-1] &lt; key &lt;= a[k]
    /// (left of equal keys), searching outward from <paramref name="hint"/>. -1 on error.
    /// </summary>
    private int GallopLeft(PyObject key, PyObject[] a, int b, int n, int hint)
    {
        int ofs, lastOfs = 0, k;
        int at = b + hint;
        ofs = 1;
        if ((k = Lt(a[at], key)) < 0) return -1;
        if (k != 0)
        {
            // a[hint] < key: gallop right until a[hint + lastOfs] < key <= a[hint + ofs].
            int maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                if ((k = Lt(a[at + ofs], key)) < 0) return -1;
                if (k == 0) break;
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        else
        {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastOfs].
            int maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                if ((k = Lt(a[at - ofs], key)) < 0) return -1;
                if (k != 0) break;
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        // a[lastOfs] < key <= a[ofs]: binary search in between.
        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if ((k = Lt(a[b + m], key)) < 0) return -1;
            if (k != 0) lastOfs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /// <summary>Like <see cref="GallopLeft"/> but to the right of equal keys: a[k-1] &lt;= key &lt; a[k].</summary>
    private int GallopRight(PyObject key, PyObject[] a, int b, int n, int hint)
    {
        int ofs, lastOfs = 0, k;
        int at = b + hint;
        ofs = 1;
        if ((k = Lt(key, a[at])) < 0) return -1;
        if (k != 0)
        {
            // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastOfs].
            int maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                if ((k = Lt(key, a[at - ofs])) < 0) return -1;
                if (k == 0) break;
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        else
        {
            // a[hint] <= key: gallop right until a[hint + lastOfs] <= key < a[hint + ofs].
            int maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                if ((k = Lt(key, a[at + ofs])) < 0) return -1;
                if (k != 0) break;
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if ((k = Lt(key, a[b + m])) < 0) return -1;
            if (k != 0) ofs = m;
            else lastOfs = m + 1;
        }
        return ofs;
    }

    // ---- merging -----------------------------------------------------------------------------------

    private void EnsureTemp(int need)
    {
        if (_tempKeys.Length >= need) return;
        _tempKeys = new PyObject[need];
        if (_values is not null) _tempValues = new PyObject[need];
    }

    /// <summary>Copies n key/value pairs between the list arrays and the temp arrays (overlap-safe).</summary>
    private void Move(bool fromTemp, int from, bool toTemp, int to, int n)
    {
        if (n <= 0) return;
        Array.Copy(fromTemp ? _tempKeys : _keys, from, toTemp ? _tempKeys : _keys, to, n);
        if (_values is not null) Array.Copy(fromTemp ? _tempValues! : _values, from, toTemp ? _tempValues! : _values, to, n);
    }

    private void MoveOne(bool fromTemp, int from, int to)
    {
        _keys[to] = (fromTemp ? _tempKeys : _keys)[from];
        if (_values is not null) _values[to] = (fromTemp ? _tempValues! : _values)[from];
    }

    /// <summary>Merges the runs [a, a+na) and [b = a+na, b+nb) in place with na &lt;= nb, copying the first
    /// run to temp storage. a's last key belongs at the end and b's first at the start.</summary>
    private bool MergeLow(int a, int na, int b, int nb)
    {
        EnsureTemp(na);
        Move(false, a, true, 0, na);
        int dest = a, pa = 0, pb = b;
        bool ok = true;
        MoveOne(false, pb++, dest++);
        nb--;
        if (nb == 0) goto Done;
        if (na == 1) goto CopyB;
        int minGallop = _minGallop;
        while (true)
        {
            int acount = 0, bcount = 0;
            // Plain merging until one run wins consistently.
            while (true)
            {
                int k = Lt(_keys[pb], _tempKeys[pa]);
                if (k < 0) goto Fail;
                if (k != 0)
                {
                    MoveOne(false, pb++, dest++);
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 0) goto Done;
                    if (bcount >= minGallop) break;
                }
                else
                {
                    MoveOne(true, pa++, dest++);
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 1) goto CopyB;
                    if (acount >= minGallop) break;
                }
            }
            // Galloping until neither run wins consistently any more.
            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                int k = GallopRight(_keys[pb], _tempKeys, pa, na, 0);
                acount = k;
                if (k != 0)
                {
                    if (k < 0) goto Fail;
                    Move(true, pa, false, dest, k);
                    dest += k;
                    pa += k;
                    na -= k;
                    if (na == 1) goto CopyB;
                    // na == 0 only with an inconsistent comparison.
                    if (na == 0) goto Done;
                }
                MoveOne(false, pb++, dest++);
                nb--;
                if (nb == 0) goto Done;
                k = GallopLeft(_tempKeys[pa], _keys, pb, nb, 0);
                bcount = k;
                if (k != 0)
                {
                    if (k < 0) goto Fail;
                    Move(false, pb, false, dest, k);
                    dest += k;
                    pb += k;
                    nb -= k;
                    if (nb == 0) goto Done;
                }
                MoveOne(true, pa++, dest++);
                na--;
                if (na == 1) goto CopyB;
            } while (acount >= MinGallop || bcount >= MinGallop);
            minGallop++; // penalty for leaving galloping mode
            _minGallop = minGallop;
        }
    Fail:
        ok = false;
    Done:
        if (na > 0) Move(true, pa, false, dest, na);
        return ok;
    CopyB:
        // The last item of a belongs after all of what remains of b.
        Move(false, pb, false, dest, nb);
        MoveOne(true, pa, dest + nb);
        return true;
    }

    /// <summary>Merges the runs [a, a+na) and [b = a+na, b+nb) in place with na &gt;= nb, copying the second
    /// run to temp storage and merging from the right.</summary>
    private bool MergeHigh(int a, int na, int b, int nb)
    {
        EnsureTemp(nb);
        Move(false, b, true, 0, nb);
        int dest = b + nb - 1, pa = a + na - 1, pb = nb - 1;
        int baseA = a;
        bool ok = true;
        MoveOne(false, pa--, dest--);
        na--;
        if (na == 0) goto Done;
        if (nb == 1) goto CopyA;
        int minGallop = _minGallop;
        while (true)
        {
            int acount = 0, bcount = 0;
            while (true)
            {
                int k = Lt(_tempKeys[pb], _keys[pa]);
                if (k < 0) goto Fail;
                if (k != 0)
                {
                    MoveOne(false, pa--, dest--);
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 0) goto Done;
                    if (acount >= minGallop) break;
                }
                else
                {
                    MoveOne(true, pb--, dest--);
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 1) goto CopyA;
                    if (bcount >= minGallop) break;
                }
            }
            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                int k = GallopRight(_tempKeys[pb], _keys, baseA, na, na - 1);
                if (k < 0) goto Fail;
                k = na - k;
                acount = k;
                if (k != 0)
                {
                    dest -= k;
                    pa -= k;
                    Move(false, pa + 1, false, dest + 1, k);
                    na -= k;
                    if (na == 0) goto Done;
                }
                MoveOne(true, pb--, dest--);
                nb--;
                if (nb == 1) goto CopyA;
                k = GallopLeft(_keys[pa], _tempKeys, 0, nb, nb - 1);
                if (k < 0) goto Fail;
                k = nb - k;
                bcount = k;
                if (k != 0)
                {
                    dest -= k;
                    pb -= k;
                    Move(true, pb + 1, false, dest + 1, k);
                    nb -= k;
                    if (nb == 1) goto CopyA;
                    // nb == 0 only with an inconsistent comparison.
                    if (nb == 0) goto Done;
                }
                MoveOne(false, pa--, dest--);
                na--;
                if (na == 0) goto Done;
            } while (acount >= MinGallop || bcount >= MinGallop);
            minGallop++;
            _minGallop = minGallop;
        }
    Fail:
        ok = false;
    Done:
        if (nb > 0) Move(true, 0, false, dest - (nb - 1), nb);
        return ok;
    CopyA:
        // The first item of b belongs before all of what remains of a.
        Move(false, pa + 1 - na, false, dest + 1 - na, na);
        dest -= na;
        MoveOne(true, pb, dest);
        return true;
    }

    /// <summary>Merges pending runs i and i+1.</summary>
    private bool MergeAt(int i)
    {
        int a = _pending[i].Base, na = _pending[i].Length;
        int b = _pending[i + 1].Base, nb = _pending[i + 1].Length;
        _pending[i].Length = na + nb;
        if (i == _runCount - 3) _pending[i + 1] = _pending[i + 2];
        _runCount--;
        // Items of a before b's first already are in place.
        int k = GallopRight(_keys[b], _keys, a, na, 0);
        if (k < 0) return false;
        a += k;
        na -= k;
        if (na == 0) return true;
        // Items of b after a's last already are in place.
        nb = GallopLeft(_keys[a + na - 1], _keys, b, nb, nb - 1);
        if (nb <= 0) return nb == 0;
        return na <= nb ? MergeLow(a, na, b, nb) : MergeHigh(a, na, b, nb);
    }

    /// <summary>powersort's "power" of the run boundary between [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n.</summary>
    private static int PowerLoop(int s1, int n1, int n2, int n)
    {
        int result = 0;
        long a = 2L * s1 + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n) break;
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /// <summary>A run of n2 items follows the top pending run: merge the runs of greater power first.</summary>
    private bool FoundNewRun(int n2)
    {
        if (_runCount == 0) return true;
        ref var top = ref _pending[_runCount - 1];
        int power = PowerLoop(top.Base, top.Length, n2, _length);
        while (_runCount > 1 && _pending[_runCount - 2].Power > power)
            if (!MergeAt(_runCount - 2)) return false;
        _pending[_runCount - 1].Power = power;
        return true;
    }

    private bool ForceCollapse()
    {
        while (_runCount > 1)
        {
            int n = _runCount - 2;
            if (n > 0 && _pending[n - 1].Length < _pending[n + 1].Length) n--;
            if (!MergeAt(n)) return false;
        }
        return true;
    }
}
