namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The result of sub()/subn() on a str subject, gathered as pieces — ranges of the subject between matches
/// and the replacement objects — and built into one string at the end, without making a str for each
/// range first (CPython makes the slices, then joins them). When a replacement is not a str, or there is
/// only one piece, it falls back to <c>''.join</c> over the very list CPython builds, for join's own result
/// and error message.
/// </summary>
internal sealed class SreSubResult(PyStr subject)
{
    private readonly List<(int Start, int End, PyObject? Item)> _pieces = [];
    private long _length;
    private bool _allStr = true;
    private bool _wide = subject.IsWide;

    public int Count => _pieces.Count;

    public void AddRange(int start, int end)
    {
        _pieces.Add((start, end, null));
        _length += end - start;
    }

    public void AddItem(PyObject item)
    {
        _pieces.Add((0, 0, item));
        if (item is PyStr s)
        {
            _length += s.Length;
            _wide |= s.IsWide;
        }
        else _allStr = false;
    }

    public PyObject? Finish(ThreadState ts)
    {
        if (!_allStr || _pieces.Count == 1 || _length > int.MaxValue / 2)
        {
            var list = new PyList();
            foreach (var (start, end, item) in _pieces) list.Append(item ?? subject.Substring(start, end));
            return Protocols.CallMethod(ts, PyStr.Empty, "join", [list]);
        }
        if (!_wide)
        {
            string text = string.Create((int)_length, this, static (span, self) =>
            {
                int at = 0;
                foreach (var (start, end, item) in self._pieces)
                {
                    var piece = item is null ? self.Subject.Bmp[start..end] : ((PyStr)item).Bmp;
                    piece.CopyTo(span[at..]);
                    at += piece.Length;
                }
            });
            return PyStr.FromChars(text);
        }
        var sb = new PyStrBuilder();
        foreach (var (start, end, item) in _pieces)
        {
            if (item is null) sb.Append(subject, start, end);
            else sb.Append((PyStr)item);
        }
        return sb.ToPyStr();
    }

    private PyStr Subject => subject;
}
