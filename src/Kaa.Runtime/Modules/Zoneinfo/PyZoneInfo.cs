namespace Kaa.Runtime;

/// <summary>Where a ZoneInfo came from: it decides how it pickles.</summary>
internal enum ZoneSource { NoCache, Cache, File }

/// <summary>
/// <c>zoneinfo.ZoneInfo</c> (CPython's Modules/_zoneinfo.c): a tzinfo over the transitions of a TZif file
/// (read by zoneinfo._common.load_data) and the POSIX TZ rule of its footer for later times. This file
/// holds the data and the lookups; <see cref="ZoneInfoSlots"/> the Python-facing methods and the caches.
/// </summary>
public class PyZoneInfo : PyTzInfo
{
    internal static new readonly PyType TypeObject =
        PyType.CreateStatic("zoneinfo.ZoneInfo", PyTzInfo.TypeObject, TypeFlags.BaseType | TypeFlags.HasWeakrefs, ZoneInfoSlots.Install);

    /// <summary>The key (None for a zone read from a file without one); null until loaded.</summary>
    internal PyObject? Key;
    /// <summary>repr() of the file a from_file zone was read from.</summary>
    internal PyObject? FileRepr;
    internal ZoneSource Source;

    /// <summary>The transitions in UTC seconds, and in local wall-clock seconds for fold 0 and fold 1.</summary>
    private long[] _transUtc = [];
    private long[][] _transWall = [[], []];
    /// <summary>The type in force from each transition on.</summary>
    private TtInfo[] _transTypes = [];
    /// <summary>The type before the first transition: the first standard-time type.</summary>
    private TtInfo? _before;
    private TzRule _after = null!;
    /// <summary>utcoffset, dst and tzname do not depend on the date (so datetime.time can use them).</summary>
    private bool _fixedOffset;

    protected PyZoneInfo(PyType type) : base(type) { }

    internal static new PyZoneInfo Make(PyType type) => type == TypeObject ? new PyZoneInfo(type) : new Derived(type);

    // ---- loading ----------------------------------------------------------------------------------------

    /// <summary>load_data: reads the file through zoneinfo._common.load_data and derives the lookup tables.</summary>
    internal bool Load(ThreadState ts, ZoneinfoState state, PyObject file)
    {
        var common = state.Common(ts);
        if (common is null) return false;
        var data = Protocols.CallMethod(ts, common, "load_data", [file]);
        if (data is null) return false;
        if (data is not PyTuple tuple || tuple.Type != BuiltinTypes.Tuple)
            return Fail(ts, PyExc.TypeError, "Invalid data result type: %r");
        if (tuple.Length < 6) return Fail(ts, PyExc.IndexError, "tuple index out of range");
        if (tuple.Items[0] is not PyTuple idxList || tuple.Items[1] is not PyTuple utcList || tuple.Items[2] is not PyTuple offList
            || tuple.Items[3] is not PyTuple dstList || tuple.Items[4] is not PyTuple abbrs)
            return Fail(ts, PyExc.SystemError, "bad argument to internal function");
        var tzStr = tuple.Items[5];

        int ntrans = utcList.Length, ntypes = offList.Length;
        if (idxList.Length < ntrans || dstList.Length < ntypes || abbrs.Length < ntypes)
            return Fail(ts, PyExc.IndexError, "tuple index out of range");
        var transUtc = new long[ntrans];
        var transIdx = new int[ntrans];
        long pastEnd = -1;
        for (int i = 0; i < ntrans; i++)
        {
            if (!Protocols.AsIndex(ts, utcList.Items[i], out transUtc[i], PyExc.OverflowError)) return false;
            if (!Protocols.AsIndex(ts, idxList.Items[i], out long idx, PyExc.OverflowError)) return false;
            if (idx < 0 || idx > ntypes)
                return Fail(ts, PyExc.ValueError, $"Invalid transition index found while reading TZif: {idx}");
            // CPython lets idx == count through and reads past its table (a crash, or garbage); here the
            // file is refused once the errors CPython would report first have had their turn.
            if (idx == ntypes && pastEnd < 0) pastEnd = idx;
            transIdx[i] = (int)idx;
        }
        var utcoff = new long[ntypes];
        var isDst = new bool[ntypes];
        for (int i = 0; i < ntypes; i++)
        {
            if (!Protocols.AsIndex(ts, offList.Items[i], out utcoff[i], PyExc.OverflowError)) return false;
            int truth = Protocols.IsTrue(ts, dstList.Items[i]);
            if (truth < 0) return false;
            isDst[i] = truth > 0;
        }
        if (pastEnd >= 0)
        {
            int rule = tzStr == PyNone.Instance ? 0 : Protocols.IsTrue(ts, tzStr);
            if (rule < 0) return false;
            if (rule == 0 && ntypes == 0) return Fail(ts, PyExc.ValueError, "No time zone information found.");
            if (rule > 0 && tzStr is PyBytes b && TzStringParser.Parse(ts, b, s => state.Delta(ts, s)) is null) return false;
            return Fail(ts, PyExc.ValueError, $"Invalid transition index found while reading TZif: {pastEnd}");
        }
        var dstoff = DstOffsets(transIdx, utcoff, isDst);
        var types = new TtInfo[ntypes];
        for (int i = 0; i < ntypes; i++)
        {
            if (state.Delta(ts, utcoff[i]) is not { } u || state.Delta(ts, dstoff[i]) is not { } d) return false;
            types[i] = new TtInfo(u, d, abbrs.Items[i], utcoff[i]);
        }

        _transUtc = transUtc;
        _transWall = WallTransitions(transIdx, transUtc, utcoff);
        _transTypes = Array.ConvertAll(transIdx, i => types[i]);
        _before = null;
        for (int i = 0; i < ntypes && _before is null; i++)
            if (!isDst[i]) _before = types[i];
        if (_before is null && ntypes > 0) _before = types[0];

        int hasRule = tzStr == PyNone.Instance ? 0 : Protocols.IsTrue(ts, tzStr);
        if (hasRule < 0) return false;
        if (hasRule > 0)
        {
            if (tzStr is not PyBytes bytes) return Fail(ts, PyExc.TypeError, $"expected bytes, {tzStr.Type.Name} found");
            var rule = TzStringParser.Parse(ts, bytes, s => state.Delta(ts, s));
            if (rule is null) return false;
            _after = rule;
        }
        else
        {
            if (ntypes == 0) return Fail(ts, PyExc.ValueError, "No time zone information found.");
            // No footer: the last type in force goes on for ever, as standard time keeping its DST amount.
            var last = types[ntrans == 0 ? ntypes - 1 : transIdx[ntrans - 1]];
            var rule = ZoneRules.BuildRule(ts, last.TzName, null, last.UtcOffSeconds, 0, null, null, s => state.Delta(ts, s));
            if (rule is null) return false;
            int dst = Protocols.IsTrue(ts, last.DstOff);
            if (dst < 0) return false;
            if (dst > 0) rule.Std.DstOff = last.DstOff;
            _after = rule;
        }

        // A fixed offset: one type at most, equal to the rule's standard time (exotic files that break
        // these assumptions are not worth the cost of checking, as in CPython).
        if (ntypes > 1 || !_after.StdOnly) _fixedOffset = false;
        else if (ntypes == 0) _fixedOffset = true;
        else
        {
            int eq = TtInfo.Equal(ts, types[0], _after.Std);
            if (eq < 0) return false;
            _fixedOffset = eq > 0;
        }
        return true;
    }

    private static bool Fail(ThreadState ts, PyType type, string message)
    {
        ts.SetError(type, message);
        return false;
    }

    /// <summary>
    /// utcoff_to_dstoff: the DST amount of each type, which TZif does not record: a DST type's offset
    /// minus that of the standard type in force just before it (or just after it, when the one before is
    /// DST too); one hour where neither tells.
    /// </summary>
    private static long[] DstOffsets(int[] transIdx, long[] utcoffs, bool[] isDst)
    {
        int ntypes = utcoffs.Length;
        var dstoffs = new long[ntypes];
        // CPython counts every type here (not only the DST ones), so the final guess always runs.
        int dstCount = ntypes, dstFound = 0;
        for (int i = 1; i < transIdx.Length && dstFound != dstCount; i++)
        {
            int idx = transIdx[i], comp = transIdx[i - 1];
            if (!isDst[idx] || dstoffs[idx] != 0) continue;
            long dstoff = 0, utcoff = utcoffs[idx];
            if (!isDst[comp]) dstoff = utcoff - utcoffs[comp];
            if (dstoff == 0 && idx < ntypes - 1)
            {
                if (i + 1 >= transIdx.Length) continue;  // CPython reads past its table here
                comp = transIdx[i + 1];
                if (isDst[comp]) continue;  // the next one is DST too: hope a later transition tells
                dstoff = utcoff - utcoffs[comp];
            }
            if (dstoff != 0)
            {
                dstFound++;
                dstoffs[idx] = dstoff;
            }
        }
        if (dstFound < dstCount)
            for (int idx = 0; idx < ntypes; idx++)
                if (isDst[idx] && dstoffs[idx] == 0) dstoffs[idx] = 3600;
        return dstoffs;
    }

    /// <summary>
    /// ts_to_local: each transition in local wall-clock seconds. Around a transition the wall clock
    /// shows times twice (a fold) or skips them (a gap); fold 0 sees the transition at the later
    /// of the two offsets' wall times, fold 1 at the earlier.
    /// </summary>
    private static long[][] WallTransitions(int[] transIdx, long[] transUtc, long[] utcoff)
    {
        int n = transUtc.Length;
        if (n == 0) return [[], []];
        long[] wall0 = (long[])transUtc.Clone(), wall1 = (long[])transUtc.Clone();
        long off0 = utcoff[0], off1 = utcoff.Length > 1 ? utcoff[transIdx[0]] : utcoff[0];
        if (off1 > off0) (off0, off1) = (off1, off0);
        wall0[0] += off0;
        wall1[0] += off1;
        for (int i = 1; i < n; i++)
        {
            off0 = utcoff[transIdx[i - 1]];
            off1 = utcoff[transIdx[i]];
            if (off1 > off0) (off0, off1) = (off1, off0);
            wall0[i] += off0;
            wall1[i] += off1;
        }
        return [wall0, wall1];
    }

    // ---- lookups ----------------------------------------------------------------------------------------

    /// <summary>bisect_right.</summary>
    private static int Bisect(long value, long[] list)
    {
        int lo = 0, hi = list.Length;
        while (lo < hi)
        {
            int m = (lo + hi) / 2;
            if (list[m] > value) hi = m;
            else lo = m + 1;
        }
        return hi;
    }

    /// <summary>
    /// get_local_timestamp: a datetime's wall-clock seconds since 1970-01-01 (its fields for a datetime,
    /// toordinal() and the hour, minute and second attributes for anything else), its year and fold.
    /// </summary>
    private static bool LocalTimestamp(ThreadState ts, PyObject dt, out long local, out int year, out int fold)
    {
        local = 0;
        year = 1970;
        fold = 0;
        long ordinal;
        int hour, minute, second;
        if (dt is PyDateTime d && d.Type == PyDateTime.TypeObject)
        {
            ordinal = TransitionRule.Ordinal(d.Year, d.Month, d.Day);
            (hour, minute, second) = (d.Hour, d.Minute, d.Second);
        }
        else
        {
            var ord = Protocols.CallMethod(ts, dt, "toordinal", []);
            if (ord is null || !Protocols.AsIndex(ts, ord, out ordinal, PyExc.OverflowError)) return false;
            if (!IntAttribute(ts, dt, "hour", out hour) || !IntAttribute(ts, dt, "minute", out minute)
                || !IntAttribute(ts, dt, "second", out second))
                return false;
        }
        local = (ordinal - TransitionRule.EpochOrdinal) * 86400 + (hour * 3600L + minute * 60 + second);
        if (dt is PyDateTime any)
        {
            year = any.Year;
            fold = any.Fold;
        }
        return true;
    }

    private static bool IntAttribute(ThreadState ts, PyObject obj, string name, out int value)
    {
        value = 0;
        var v = Protocols.GetAttr(ts, obj, name);
        if (v is null || !Protocols.AsIndex(ts, v, out long l, PyExc.OverflowError)) return false;
        value = (int)l;
        return true;
    }

    /// <summary>find_ttinfo: the type in force at a local datetime (None: the fixed type, if any).</summary>
    internal TtInfo? Find(ThreadState ts, PyObject dt)
    {
        // datetime.time passes None: only a fixed-offset zone can answer without a date.
        if (dt == PyNone.Instance) return _fixedOffset ? _after.Std : TtInfo.None;
        if (!LocalTimestamp(ts, dt, out long local, out int year, out int fold)) return null;
        var wall = _transWall[fold];
        int n = wall.Length;
        if (n > 0 && local < wall[0]) return _before;
        if (n == 0 || local > wall[n - 1]) return _after.Find(local, fold, year);
        return _transTypes[Bisect(local, wall) - 1];
    }

    /// <summary>zoneinfo_fromutc: UTC to local time, with fold = 1 on the second of two equal local times.</summary>
    internal PyObject? FromUtc(ThreadState ts, PyObject arg)
    {
        if (arg is not PyDateTime dt) return ts.TypeError("fromutc: argument must be a datetime");
        if (dt.TzInfo != this) return ts.ValueError("fromutc: dt.tzinfo is not self");
        if (!LocalTimestamp(ts, dt, out long timestamp, out _, out _)) return null;
        int n = _transUtc.Length;
        TtInfo tti;
        bool fold = false;
        if (n >= 1 && timestamp < _transUtc[0]) tti = _before!;
        else if (n == 0 || timestamp > _transUtc[n - 1])
        {
            tti = _after.FindFromUtc(timestamp, dt.Year, out fold);
            // Just after the last listed transition the fold is between that transition's type and the
            // rule's, not between the rule's two types.
            if (n > 0)
            {
                var prev = n == 1 ? _before! : _transTypes[n - 2];
                long diff = prev.UtcOffSeconds - tti.UtcOffSeconds;
                if (diff > 0 && timestamp < _transUtc[n - 1] + diff) fold = true;
            }
        }
        else
        {
            int idx = Bisect(timestamp, _transUtc);
            TtInfo prev;
            if (idx >= 2)
            {
                prev = _transTypes[idx - 2];
                tti = _transTypes[idx - 1];
            }
            else
            {
                prev = _before!;
                tti = _transTypes[0];
            }
            if (prev.UtcOffSeconds - tti.UtcOffSeconds > timestamp - _transUtc[idx - 1]) fold = true;
        }
        var local = Protocols.BinaryOp(ts, dt, tti.UtcOff, BinaryOp.Add);
        if (local is null || !fold) return local;
        if (local is PyDateTime l && l.Type == PyDateTime.TypeObject)
            return PyDateTime.Make(PyDateTime.TypeObject, l.Year, l.Month, l.Day, l.Hour, l.Minute, l.Second, l.Microsecond, l.TzInfo, 1);
        var replace = Protocols.GetAttr(ts, local, "replace");
        if (replace is null) return null;
        return Protocols.Call(ts, replace, [PyInt.Create(1)], PyTuple.Create(PyStr.Intern("fold")));
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyZoneInfo
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
