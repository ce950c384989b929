namespace Kaa.Runtime;

/// <summary>
/// The ISO 8601 parsers behind <c>fromisoformat</c>: they read the string's UTF-8 bytes (with a trailing
/// 0, which the checks rely on as CPython's C string does). Return codes are CPython's: 0 ok, 1 ok with a
/// UTC offset, negative for the kind of failure.
/// </summary>
internal static class IsoFormatParser
{
    public static PyObject? Invalid(ThreadState ts, PyStr s)
    {
        var repr = Protocols.Repr(ts, s);
        return repr is null ? null : ts.ValueError($"Invalid isoformat string: {repr}");
    }

    /// <summary>The UTF-8 bytes of <paramref name="s"/> plus a terminating 0; null when it holds a lone surrogate.</summary>
    public static byte[]? Utf8(PyStr s)
    {
        // The common case, ASCII text: the code points are the bytes.
        int n0 = s.Length;
        var ascii = new byte[n0 + 1];
        int i0 = 0;
        for (; i0 < n0; i0++)
        {
            int cp = s[i0];
            if (cp >= 0x80) break;
            ascii[i0] = (byte)cp;
        }
        if (i0 == n0) return ascii;
        var text = s.ToString();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return null;
        }
        int n = System.Text.Encoding.UTF8.GetByteCount(text);
        var bytes = new byte[n + 1];
        System.Text.Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
        return bytes;
    }

    private static bool IsDigit(byte c) => (uint)(c - '0') < 10;

    /// <summary>Reads <paramref name="count"/> digits into <paramref name="value"/>; -1 when one is not a digit.</summary>
    private static int ParseDigits(byte[] s, int p, ref int value, int count)
    {
        for (int i = 0; i < count; i++)
        {
            uint digit = (uint)(s[p++] - '0');
            if (digit > 9) return -1;
            value = value * 10 + (int)digit;
        }
        return p;
    }

    /// <summary>parse_isoformat_date over s[start .. start+len).</summary>
    public static int ParseDate(byte[] s, int start, int len, ref int year, ref int month, ref int day)
    {
        int p = ParseDigits(s, start, ref year, 4);
        if (p < 0) return -1;
        bool usesSeparator = s[p] == '-';
        if (usesSeparator) p++;
        if (s[p] == 'W')
        {
            p++;
            int isoWeek = 0, isoDay = 0;
            p = ParseDigits(s, p, ref isoWeek, 2);
            if (p < 0) return -3;
            if (p - start < len)
            {
                if (usesSeparator && s[p++] != '-') return -2;
                p = ParseDigits(s, p, ref isoDay, 1);
                if (p < 0) return -4;
            }
            else
            {
                isoDay = 1;
            }
            int rv = DatetimeCalendar.IsoToYmd(year, isoWeek, isoDay, out year, out month, out day);
            return rv != 0 ? -3 + rv : 0;
        }
        p = ParseDigits(s, p, ref month, 2);
        if (p < 0) return -1;
        if (usesSeparator && s[p++] != '-') return -2;
        p = ParseDigits(s, p, ref day, 2);
        return p < 0 ? -1 : 0;
    }

    /// <summary>parse_hh_mm_ss_ff over s[p .. end).</summary>
    private static int ParseTimeFields(byte[] s, int p, int end, out int hour, out int minute, out int second, out int microsecond)
    {
        hour = minute = second = microsecond = 0;
        Span<int> vals = stackalloc int[3];
        bool hasSeparator = true;
        int i;
        for (i = 0; i < 3; i++)
        {
            int v = 0;
            p = ParseDigits(s, p, ref v, 2);
            if (p < 0) return -3;
            vals[i] = v;
            byte c = s[p++];
            if (i == 0) hasSeparator = c == ':';
            if (p >= end)
            {
                hour = vals[0]; minute = vals[1]; second = vals[2];
                return c != 0 ? 1 : 0;
            }
            if (hasSeparator && c == ':') continue;
            if (c == '.' || c == ',') break;
            if (!hasSeparator) p--;
            else return -4;
        }
        hour = vals[0]; minute = vals[1]; second = vals[2];
        int remaining = end - p;
        int toParse = remaining >= 6 ? 6 : remaining;
        int us = 0;
        p = ParseDigits(s, p, ref us, toParse);
        if (p < 0) return -3;
        ReadOnlySpan<int> correction = [100000, 10000, 1000, 100, 10];
        if (toParse < 6) us *= correction[toParse - 1];
        microsecond = us;
        while (IsDigit(s[p])) p++;
        return s[p] != 0 ? 1 : 0;
    }

    /// <summary>parse_isoformat_time over s[start .. start+len): 0 naive, 1 with an offset (seconds and
    /// microseconds, signed), negative on failure.</summary>
    public static int ParseTime(byte[] s, int start, int len, out int hour, out int minute, out int second, out int microsecond,
        out int tzOffset, out int tzMicrosecond)
    {
        tzOffset = tzMicrosecond = 0;
        int end = start + len;
        int tzPos = start;
        do
        {
            byte c = s[tzPos];
            if (c == 'Z' || c == '+' || c == '-') break;
        } while (++tzPos < end);
        int rv = ParseTimeFields(s, start, tzPos, out hour, out minute, out second, out microsecond);
        if (rv < 0) return rv;
        if (tzPos == end) return rv == 1 ? -5 : 0;
        if (s[tzPos] == 'Z') return s[tzPos + 1] != 0 ? -5 : 1;
        int sign = s[tzPos] == '-' ? -1 : 1;
        tzPos++;
        rv = ParseTimeFields(s, tzPos, end, out int th, out int tm, out int tsec, out tzMicrosecond);
        tzOffset = sign * (th * 3600 + tm * 60 + tsec);
        tzMicrosecond *= sign;
        return rv != 0 ? -5 : 1;
    }

    /// <summary>_find_isoformat_datetime_separator: where the date part ends.</summary>
    public static int FindSeparator(byte[] s, int len)
    {
        if (len == 7) return 7;
        if (s[4] == '-')
        {
            if (s[5] == 'W')
            {
                if (len < 8) return -1;
                if (len > 8 && s[8] == '-')
                {
                    if (len == 9) return -1;
                    if (len > 10 && IsDigit(s[10])) return 8;
                    return 10;
                }
                return 8;
            }
            return 10;
        }
        if (s[4] == 'W')
        {
            int idx = 7;
            for (; idx < len; idx++)
                if (!IsDigit(s[idx])) break;
            if (idx < 9) return idx;
            return idx % 2 == 0 ? 7 : 8;
        }
        return 8;
    }

    /// <summary>tzinfo_from_isoformat_results: None, timezone.utc, or a fixed-offset timezone.</summary>
    public static PyObject? TzInfo(ThreadState ts, int rv, int tzOffset, int tzMicrosecond)
    {
        if (rv != 1) return PyNone.Instance;
        if (tzOffset == 0) return PyTimezone.Utc;
        var delta = PyTimedelta.New(ts, 0, tzOffset, tzMicrosecond, normalize: true);
        if (delta is null) return null;
        return PyTimezone.New(ts, delta, null);
    }
}
