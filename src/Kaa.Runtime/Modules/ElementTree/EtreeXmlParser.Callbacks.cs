using System.Runtime.InteropServices;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The libexpat callbacks of the ElementTree XMLParser (CPython's expat_*_handler): each converts the
/// event's UTF-8 strings, then feeds an exact TreeBuilder target directly or calls the target's method.
/// Every callback does nothing once a Python exception is pending; a .NET failure inside one becomes a
/// SystemError rather than unwinding through libexpat.
/// </summary>
public unsafe partial class EtreeXmlParser
{
    /// <summary>
    /// makeuniversal's cache: raw expat names ("uri}local" or "local") to their str form ("{uri}local"),
    /// looked up by the UTF-8 bytes without decoding them first.
    /// </summary>
    private sealed class NameTable
    {
        private readonly Dictionary<byte[], PyStr> _names = new(ByteComparer.Instance);
        private readonly Dictionary<byte[], PyStr>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

        public NameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<byte>>();

        public void Clear() => _names.Clear();

        public PyStr Get(byte* s)
        {
            var raw = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(s);
            if (_lookup.TryGetValue(raw, out var name)) return name;
            string text = Encoding.UTF8.GetString(raw);
            // A namespace separator makes it a universal name: {uri}local.
            if (raw.IndexOf((byte)'}') >= 0) text = "{" + text;
            name = PyStr.Create(text);
            _names[raw.ToArray()] = name;
            return name;
        }
    }

    private sealed class ByteComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteComparer Instance = new();
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);
        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);
        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);
        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var h = new HashCode();
            h.AddBytes(alternate);
            return h.ToHashCode();
        }
        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }

    private static PyStr Text(byte* s) => PyStr.Create(Marshal.PtrToStringUTF8((nint)s)!);

    private static PyStr Text(byte* s, int length) => PyStr.Create(Encoding.UTF8.GetString(s, length));

    /// <summary>The parser behind a callback's user data with the thread parsing on it; false when the
    /// event must be ignored (an exception is pending, or no parse is running).</summary>
    private static bool Enter(nint userData, out EtreeXmlParser parser, out ThreadState ts)
    {
        parser = (userData == 0 ? null : GCHandle.FromIntPtr(userData).Target as EtreeXmlParser)!;
        ts = parser?._ts!;
        return parser is not null && ts is not null && !ts.HasError;
    }

    private static void Failed(ThreadState ts, Exception e)
    {
        if (!ts.HasError) ts.SetError(PyExc.SystemError, $"_elementtree callback failed: {e.Message}");
    }

    private bool TargetIsTreeBuilder => _target!.Type == PyTreeBuilder.TypeObject;

    // ---- start / end / data --------------------------------------------------------------------------------

    [UnmanagedCallersOnly]
    private static void OnStartElement(nint data, byte* tagIn, byte** attribIn)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try { p.StartElement(ts, tagIn, attribIn); } catch (Exception e) { Failed(ts, e); }
    }

    private void StartElement(ThreadState ts, byte* tagIn, byte** attribIn)
    {
        FlushText();
        var tag = _names.Get(tagIn);
        PyDict? attrib = null;
        if (attribIn[0] is not null)
        {
            attrib = new PyDict();
            for (; attribIn[0] is not null && attribIn[1] is not null; attribIn += 2)
                if (!attrib.SetItem(ts, _names.Get(attribIn[0]), Text(attribIn[1]))) return;
        }
        if (TargetIsTreeBuilder) ((PyTreeBuilder)_target!).HandleStart(ts, tag, attrib);
        else if (_handleStart is not null) Protocols.Call(ts, _handleStart, [tag, attrib ?? new PyDict()], null);
    }

    [UnmanagedCallersOnly]
    private static void OnEndElement(nint data, byte* tagIn)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try
        {
            // The standard tree builder does not look at the end tag.
            if (p.TargetIsTreeBuilder)
            {
                p.FlushText();
                ((PyTreeBuilder)p._target!).HandleEnd(ts);
            }
            else if (p._handleEnd is not null) Protocols.Call(ts, p._handleEnd, [p._names.Get(tagIn)], null);
        }
        catch (Exception e) { Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnCharacterData(nint data, byte* s, int length)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try
        {
            if (p.TargetIsTreeBuilder) p.BufferText(s, length);
            else if (p._handleData is not null) Protocols.Call(ts, p._handleData, [Text(s, length)], null);
        }
        catch (Exception e) { Failed(ts, e); }
    }

    /// <summary>
    /// Text for an exact TreeBuilder is kept as UTF-8 until the next other event (or the end of the
    /// feed) and handed over as one str: libexpat splits text at every line end and entity, and the
    /// TreeBuilder would only join the pieces again. Nothing Python can see tells the two apart.
    /// </summary>
    private void BufferText(byte* s, int length)
    {
        if (_textLength + length > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + length));
        new ReadOnlySpan<byte>(s, length).CopyTo(_text.AsSpan(_textLength));
        _textLength += length;
    }

    /// <summary>Hands the buffered text to the TreeBuilder target.</summary>
    private void FlushText()
    {
        if (_textLength == 0) return;
        var text = PyStr.Create(Encoding.UTF8.GetString(_text, 0, _textLength));
        _textLength = 0;
        ((PyTreeBuilder)_target!).HandleData(text);
    }

    /// <summary>expat_default_handler: an entity reference expat could not expand ("&amp;name;") is looked
    /// up in the parser's <c>entity</c> dict, else it is an "undefined entity" ParseError.</summary>
    [UnmanagedCallersOnly]
    private static void OnDefault(nint data, byte* s, int length)
    {
        if (length < 2 || s[0] != (byte)'&') return;
        if (!Enter(data, out var p, out var ts)) return;
        try { p.DefaultData(ts, s, length); } catch (Exception e) { Failed(ts, e); }
    }

    private void DefaultData(ThreadState ts, byte* s, int length)
    {
        if (TargetIsTreeBuilder) FlushText();
        var key = Text(s + 1, length - 2);
        int found = _entity!.TryGetItem(ts, key, out var value);
        if (found < 0) return;
        if (found > 0)
        {
            if (TargetIsTreeBuilder) ((PyTreeBuilder)_target!).HandleData(value!);
            else if (_handleData is not null) Protocols.Call(ts, _handleData, [value!], null);
            return;
        }
        // Report the first error, not the last; the reference text is cut at 100 bytes as CPython's is.
        var reference = Encoding.UTF8.GetString(s, Math.Min(length, 100));
        SetParseError(ts, 11 /* XML_ERROR_UNDEFINED_ENTITY */, "undefined entity " + reference);
    }

    // ---- namespaces, comments, processing instructions, doctype -----------------------------------------

    [UnmanagedCallersOnly]
    private static void OnStartNamespace(nint data, byte* prefixIn, byte* uriIn)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try
        {
            PyStr prefix = prefixIn is null ? PyStr.Empty : Text(prefixIn);
            PyStr uri = uriIn is null ? PyStr.Empty : Text(uriIn);
            if (p.TargetIsTreeBuilder)
            {
                p.FlushText();
                var target = (PyTreeBuilder)p._target!;
                if (target.EventsAppend is not null && target.StartNsEvent is not null) target.HandleStartNs(ts, prefix, uri);
            }
            else if (p._handleStartNs is not null) Protocols.Call(ts, p._handleStartNs, [prefix, uri], null);
        }
        catch (Exception e) { Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnEndNamespace(nint data, byte* prefixIn)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try
        {
            if (p.TargetIsTreeBuilder)
            {
                p.FlushText();
                var target = (PyTreeBuilder)p._target!;
                // CPython reports None as the prefix of an end-ns event from its TreeBuilder shortcut.
                if (target.EventsAppend is not null && target.EndNsEvent is not null) target.HandleEndNs(ts, PyNone.Instance);
            }
            else if (p._handleEndNs is not null)
                Protocols.Call(ts, p._handleEndNs, [prefixIn is null ? PyStr.Empty : Text(prefixIn)], null);
        }
        catch (Exception e) { Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnComment(nint data, byte* s)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try
        {
            if (p.TargetIsTreeBuilder)
            {
                p.FlushText();
                ((PyTreeBuilder)p._target!).HandleComment(ts, Text(s));
            }
            else if (p._handleComment is not null) Protocols.Call(ts, p._handleComment, [Text(s)], null);
        }
        catch (Exception e) { Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnProcessingInstruction(nint data, byte* targetIn, byte* dataIn)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try
        {
            if (p.TargetIsTreeBuilder)
            {
                p.FlushText();
                var target = (PyTreeBuilder)p._target!;
                if ((target.EventsAppend is not null && target.PiEvent is not null) || target.InsertPis)
                    target.HandlePi(ts, Text(targetIn), Text(dataIn));
            }
            else if (p._handlePi is not null) Protocols.Call(ts, p._handlePi, [Text(targetIn), Text(dataIn)], null);
        }
        catch (Exception e) { Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnStartDoctype(nint data, byte* name, byte* sysid, byte* pubid, int hasInternalSubset)
    {
        if (!Enter(data, out var p, out var ts)) return;
        try { p.StartDoctype(ts, name, sysid, pubid); } catch (Exception e) { Failed(ts, e); }
    }

    private void StartDoctype(ThreadState ts, byte* name, byte* sysid, byte* pubid)
    {
        if (TargetIsTreeBuilder) FlushText();
        // CPython passes all three through makeuniversal.
        var nameObj = _names.Get(name);
        PyObject sysidObj = sysid is null ? PyNone.Instance : _names.Get(sysid);
        PyObject pubidObj = pubid is null ? PyNone.Instance : _names.Get(pubid);
        if (_handleDoctype is not null)
        {
            Protocols.Call(ts, _handleDoctype, [nameObj, pubidObj, sysidObj], null);
            return;
        }
        var method = Protocols.LookupAttr(ts, this, "doctype");
        if (method is null)
        {
            if (ts.HasError) ts.ClearError();
            return;
        }
        WarningsModule.Warn(ts, PyExc.RuntimeWarning,
            "The doctype() method of XMLParser is ignored.  Define doctype() method on the TreeBuilder target.");
    }

    [UnmanagedCallersOnly]
    private static int OnUnknownEncoding(nint data, byte* name, ExpatEncoding* info)
    {
        if (!Enter(data, out var p, out var ts)) return ExpatNative.XML_STATUS_ERROR;
        try { return XmlParser.FillEncodingMap(ts, name, info); }
        catch (Exception e) { Failed(ts, e); return ExpatNative.XML_STATUS_ERROR; }
    }
}
