using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>xml.etree.ElementTree.XMLParser</c> of <c>_elementtree</c>: a libexpat parser (namespace separator
/// '}') driven directly from C#, as CPython's C parser drives expat through pyexpat's C API. Events go to
/// the target: straight into an exact <see cref="PyTreeBuilder"/>, otherwise to the target's
/// start/end/data/... methods looked up once in <c>__init__</c>. A Python exception raised by a handler
/// stays pending while libexpat finishes the buffer (every handler does nothing once one is set), and
/// surfaces from feed/close; a parse error becomes ParseError with <c>code</c> and <c>position</c>.
/// </summary>
public unsafe partial class EtreeXmlParser : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("xml.etree.ElementTree.XMLParser", (PyType?)null,
        TypeFlags.BaseType, Install);

    private static readonly ArgSpec InitSpec = new("XMLParser", ["target", "encoding"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec SetEventsSpec = new("_setevents", ["events_queue", "events_to_report"], required: 1);

    /// <summary>_parse_whole reads the file in pieces of this size.</summary>
    private const int ReadSize = 64 * 1024;

    private ExpatParserHandle? _handle;
    /// <summary>Native parsers replaced by a second __init__ while they were parsing: libexpat is still
    /// running them, so they must not be freed before this object is (CPython leaks them).</summary>
    private List<ExpatParserHandle>? _retired;
    /// <summary>Null until __init__ ran ("XMLParser.__init__() wasn't called").</summary>
    private PyObject? _target;
    private PyDict? _entity;
    private readonly NameTable _names = new();
    private PyObject? _handleStartNs, _handleEndNs, _handleStart, _handleData, _handleEnd,
        _handleComment, _handlePi, _handleDoctype, _handleClose;
    /// <summary>The thread running a feed/close on this parser (the callbacks run Python code on it).</summary>
    private ThreadState? _ts;
    /// <summary>UTF-8 text not yet given to an exact TreeBuilder target (see BufferText).</summary>
    private byte[] _text = new byte[256];
    private int _textLength;

    protected EtreeXmlParser(PyType type) : base(type) { }

    internal static EtreeXmlParser Make(PyType type) => type == TypeObject ? new EtreeXmlParser(type) : new Derived(type);

    private nint Native => _handle!.Parser;

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => Make(t);
        type.Init = Init;
        type.AddMethod("feed", Feed);
        type.AddMethod("close", static (ts, self) => ((EtreeXmlParser)self).Close(ts));
        type.AddMethod("_parse_whole", ParseWhole);
        type.AddMethod("_setevents", SetEvents);
        type.AddMember("entity", static (ts, self) => (PyObject?)((EtreeXmlParser)self)._entity ?? PyNone.Instance);
        type.AddMember("target", static (ts, self) => ((EtreeXmlParser)self)._target ?? PyNone.Instance);
        type.AddGetSet("version", static (ts, self) =>
        {
            var v = ExpatNative.ExpatVersionInfo();
            return PyStr.Create($"Expat {v.Major}.{v.Minor}.{v.Micro}");
        });
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!InitSpec.Parse(ts, args, kwnames, a)) return -1;
        byte[]? encoding = null;
        if (a[1] is { } enc and not PyNone
            && (encoding = PyexpatModule.CString(ts, enc, "XMLParser() argument 'encoding'", allowNone: true)) is null)
            return -1;
        var p = (EtreeXmlParser)self;
        p._entity = new PyDict();
        p._names.Clear();
        p._textLength = 0;
        nint native;
        fixed (byte* e = encoding)
        fixed (byte* sep = "}\0"u8)
            native = ExpatNative.ParserCreate(e, null, sep);
        if (native == 0)
        {
            ts.MemoryError();
            return -1;
        }
        if (p._handle is not null && p._ts is not null) (p._retired ??= []).Add(p._handle);
        var userData = GCHandle.ToIntPtr(GCHandle.Alloc(p, GCHandleType.Weak));
        p._handle = new ExpatParserHandle(native, null, userData);
        ExpatNative.SetUserData(native, userData);

        var target = a[0] is null or PyNone ? PyTreeBuilder.CreateDefault() : a[0]!;
        p._target = target;
        if (!Lookup(ts, target, "start_ns", out p._handleStartNs) || !Lookup(ts, target, "end_ns", out p._handleEndNs)
            || !Lookup(ts, target, "start", out p._handleStart) || !Lookup(ts, target, "data", out p._handleData)
            || !Lookup(ts, target, "end", out p._handleEnd) || !Lookup(ts, target, "comment", out p._handleComment)
            || !Lookup(ts, target, "pi", out p._handlePi) || !Lookup(ts, target, "close", out p._handleClose)
            || !Lookup(ts, target, "doctype", out p._handleDoctype))
            return -1;

        if (p._handleStartNs is not null || p._handleEndNs is not null) p.SetNamespaceHandlers();
        ExpatNative.SetStartElementHandler(native, (delegate* unmanaged<nint, byte*, byte**, void>)&OnStartElement);
        ExpatNative.SetEndElementHandler(native, (delegate* unmanaged<nint, byte*, void>)&OnEndElement);
        ExpatNative.SetDefaultHandlerExpand(native, (delegate* unmanaged<nint, byte*, int, void>)&OnDefault);
        ExpatNative.SetCharacterDataHandler(native, (delegate* unmanaged<nint, byte*, int, void>)&OnCharacterData);
        if (p._handleComment is not null) p.SetCommentHandler();
        if (p._handlePi is not null) p.SetPiHandler();
        ExpatNative.SetStartDoctypeDeclHandler(native, (delegate* unmanaged<nint, byte*, byte*, byte*, int, void>)&OnStartDoctype);
        ExpatNative.SetUnknownEncodingHandler(native, (delegate* unmanaged<nint, byte*, ExpatEncoding*, int>)&OnUnknownEncoding, userData);
        return 0;
    }

    /// <summary>getattr(target, name) with AttributeError meaning "no such handler" (null).</summary>
    private static bool Lookup(ThreadState ts, PyObject target, string name, out PyObject? handler)
    {
        handler = Protocols.GetAttr(ts, target, name);
        if (handler is not null) return true;
        if (!ts.ErrorMatches(PyExc.AttributeError)) return false;
        ts.ClearError();
        return true;
    }

    private void SetNamespaceHandlers()
    {
        ExpatNative.SetStartNamespaceDeclHandler(Native, (delegate* unmanaged<nint, byte*, byte*, void>)&OnStartNamespace);
        ExpatNative.SetEndNamespaceDeclHandler(Native, (delegate* unmanaged<nint, byte*, void>)&OnEndNamespace);
    }

    private void SetCommentHandler() =>
        ExpatNative.SetCommentHandler(Native, (delegate* unmanaged<nint, byte*, void>)&OnComment);

    private void SetPiHandler() =>
        ExpatNative.SetProcessingInstructionHandler(Native, (delegate* unmanaged<nint, byte*, byte*, void>)&OnProcessingInstruction);

    private bool CheckInitialized(ThreadState ts)
    {
        if (_target is not null) return true;
        ts.SetError(PyExc.ValueError, "XMLParser.__init__() wasn't called");
        return false;
    }

    /// <summary>expat_parse: one XML_Parse call; a handler's exception first, then a parse error.</summary>
    private bool Parse(ThreadState ts, byte* data, int length, bool final)
    {
        var outer = _ts;
        _ts = ts;
        int ok;
        try
        {
            ok = ExpatNative.Parse(Native, data, length, final ? 1 : 0);
            if (ts.HasError) _textLength = 0;
            else if (TargetIsTreeBuilder) FlushText();
        }
        finally { _ts = outer; }
        if (ts.HasError) return false;
        if (ok == 0)
        {
            SetParseError(ts, ExpatNative.GetErrorCode(Native), null);
            return false;
        }
        return true;
    }

    /// <summary>expat_set_error: ParseError("message: line L, column C") with code and position set.</summary>
    private void SetParseError(ThreadState ts, int code, string? message)
    {
        long line = (long)ExpatNative.GetCurrentLineNumber(Native);
        long column = (long)ExpatNative.GetCurrentColumnNumber(Native);
        message ??= ExpatNative.Utf8(ExpatNative.ErrorString(code));
        var parseError = ElementTreeModule.State(ts).ParseError!;
        var error = Protocols.Call(ts, parseError, [PyStr.Create($"{message}: line {line}, column {column}")], null);
        if (error is null) return;
        if (Protocols.SetAttr(ts, error, PyStr.Intern("code"), PyInt.Create(code)) < 0) return;
        if (Protocols.SetAttr(ts, error, PyStr.Intern("position"), PyTuple.Create(PyInt.Create(line), PyInt.Create(column))) < 0) return;
        if (error is PyBaseException exc) ts.SetError(exc);
    }

    private static PyObject? Feed(ThreadState ts, PyObject self, PyObject data)
    {
        var p = (EtreeXmlParser)self;
        if (!p.CheckInitialized(ts)) return null;
        if (data is PyStr s)
        {
            var utf8 = UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, null);
            if (utf8 is null) return null;
            fixed (byte* name = "utf-8\0"u8) ExpatNative.SetEncoding(p.Native, name);
            fixed (byte* b = utf8)
                return p.Parse(ts, b, utf8.Length, final: false) ? PyNone.Instance : null;
        }
        if (!Protocols.GetBuffer(ts, data, false, out var view)) return null;
        try
        {
            var span = view.Span;
            if (span.Length > int.MaxValue) return ts.OverflowError("size does not fit in an int");
            fixed (byte* b = span)
                return p.Parse(ts, b, span.Length, final: false) ? PyNone.Instance : null;
        }
        finally { Protocols.ReleaseBuffer(ref view); }
    }

    private PyObject? Close(ThreadState ts)
    {
        if (!CheckInitialized(ts)) return null;
        if (!Parse(ts, null, 0, final: true)) return null;
        if (_target!.Type == PyTreeBuilder.TypeObject) return ((PyTreeBuilder)_target).Done();
        if (_handleClose is not null) return Protocols.Call(ts, _handleClose, [], null);
        return PyNone.Instance;
    }

    private static PyObject? ParseWhole(ThreadState ts, PyObject self, PyObject file)
    {
        var p = (EtreeXmlParser)self;
        if (!p.CheckInitialized(ts)) return null;
        var reader = Protocols.GetAttr(ts, file, "read");
        if (reader is null) return null;
        var size = PyInt.Create(ReadSize);
        while (true)
        {
            var buffer = Protocols.Call(ts, reader, [size], null);
            if (buffer is null) return null;
            byte[] bytes;
            if (buffer.Type == BuiltinTypes.Str)
            {
                var s = (PyStr)buffer;
                if (s.Length == 0) break;
                var encoded = UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "surrogatepass");
                if (encoded is null) return null;
                bytes = encoded;
            }
            else if (buffer.Type != BuiltinTypes.Bytes || ((PyBytes)buffer).Value.Length == 0) break;
            else bytes = ((PyBytes)buffer).Value.ToArray();
            fixed (byte* b = bytes)
                if (!p.Parse(ts, b, bytes.Length, final: false)) return null;
        }
        if (!p.Parse(ts, null, 0, final: true)) return null;
        if (p._target!.Type == PyTreeBuilder.TypeObject) return ((PyTreeBuilder)p._target).Done();
        return PyNone.Instance;
    }

    private static PyObject? SetEvents(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!SetEventsSpec.Parse(ts, args, kwnames, a)) return null;
        var p = (EtreeXmlParser)self;
        if (!p.CheckInitialized(ts)) return null;
        if (p._target!.Type != PyTreeBuilder.TypeObject)
            return ts.TypeError("event handling only supported for ElementTree.TreeBuilder targets");
        var target = (PyTreeBuilder)p._target;
        var append = Protocols.GetAttr(ts, a[0]!, "append");
        if (append is null) return null;
        target.EventsAppend = append;
        target.StartEvent = target.EndEvent = target.StartNsEvent = target.EndNsEvent = target.CommentEvent = target.PiEvent = null;
        if (a[1] is null or PyNone)
        {
            target.EndEvent = PyStr.Create("end");
            return PyNone.Instance;
        }
        var events = ListSlots.SequenceFast(ts, a[1]!, "events must be a sequence");
        if (events is null) return null;
        foreach (var ev in events)
        {
            string? name = ev switch
            {
                PyStr s => s.ToString(),
                PyBytes b => CString(b.Value),
                _ => null,
            };
            if (name is null) return ts.ValueError("invalid events sequence");
            switch (name)
            {
                case "start": target.StartEvent = ev; break;
                case "end": target.EndEvent = ev; break;
                case "start-ns": target.StartNsEvent = ev; p.SetNamespaceHandlers(); break;
                case "end-ns": target.EndNsEvent = ev; p.SetNamespaceHandlers(); break;
                case "comment": target.CommentEvent = ev; p.SetCommentHandler(); break;
                case "pi": target.PiEvent = ev; p.SetPiHandler(); break;
                default: return ts.ValueError($"unknown event '{name}'");
            }
        }
        return PyNone.Instance;
    }

    /// <summary>A bytes object read as a C string (up to its first NUL), as strcmp sees it.</summary>
    private static string CString(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0) bytes = bytes[..nul];
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : EtreeXmlParser
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
