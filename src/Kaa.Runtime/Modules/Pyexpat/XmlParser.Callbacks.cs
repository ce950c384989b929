using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The callbacks libexpat calls (unmanaged entry points) and what each does for the xmlparser: convert the
/// event's C strings to Python objects, flush buffered text first, call the Python handler, and when it
/// raises, stop the parser and drop every handler (CPython's flag_error) so the exception surfaces from
/// Parse. A callback does nothing once an exception is pending.
/// </summary>
internal sealed unsafe partial class XmlParser
{
    /// <summary>Installs (or removes) the native callback of one handler.</summary>
    private void SetNativeHandler(XmlParserHandler which, bool on)
    {
        nint p = Native;
        switch (which)
        {
            case XmlParserHandler.StartElement:
                ExpatNative.SetStartElementHandler(p, on ? (delegate* unmanaged<nint, byte*, byte**, void>)&OnStartElement : null); break;
            case XmlParserHandler.EndElement:
                ExpatNative.SetEndElementHandler(p, on ? (delegate* unmanaged<nint, byte*, void>)&OnEndElement : null); break;
            case XmlParserHandler.ProcessingInstruction:
                ExpatNative.SetProcessingInstructionHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, void>)&OnProcessingInstruction : null); break;
            case XmlParserHandler.CharacterData:
                ExpatNative.SetCharacterDataHandler(p, on ? (delegate* unmanaged<nint, byte*, int, void>)&OnCharacterData : null); break;
            case XmlParserHandler.UnparsedEntityDecl:
                ExpatNative.SetUnparsedEntityDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, byte*, byte*, byte*, void>)&OnUnparsedEntityDecl : null); break;
            case XmlParserHandler.NotationDecl:
                ExpatNative.SetNotationDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, byte*, byte*, void>)&OnNotationDecl : null); break;
            case XmlParserHandler.StartNamespaceDecl:
                ExpatNative.SetStartNamespaceDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, void>)&OnStartNamespaceDecl : null); break;
            case XmlParserHandler.EndNamespaceDecl:
                ExpatNative.SetEndNamespaceDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, void>)&OnEndNamespaceDecl : null); break;
            case XmlParserHandler.Comment:
                ExpatNative.SetCommentHandler(p, on ? (delegate* unmanaged<nint, byte*, void>)&OnComment : null); break;
            case XmlParserHandler.StartCdataSection:
                ExpatNative.SetStartCdataSectionHandler(p, on ? (delegate* unmanaged<nint, void>)&OnStartCdataSection : null); break;
            case XmlParserHandler.EndCdataSection:
                ExpatNative.SetEndCdataSectionHandler(p, on ? (delegate* unmanaged<nint, void>)&OnEndCdataSection : null); break;
            case XmlParserHandler.Default:
                ExpatNative.SetDefaultHandler(p, on ? (delegate* unmanaged<nint, byte*, int, void>)&OnDefault : null); break;
            case XmlParserHandler.DefaultExpand:
                ExpatNative.SetDefaultHandlerExpand(p, on ? (delegate* unmanaged<nint, byte*, int, void>)&OnDefaultExpand : null); break;
            case XmlParserHandler.NotStandalone:
                ExpatNative.SetNotStandaloneHandler(p, on ? (delegate* unmanaged<nint, int>)&OnNotStandalone : null); break;
            case XmlParserHandler.ExternalEntityRef:
                ExpatNative.SetExternalEntityRefHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int>)&OnExternalEntityRef : null); break;
            case XmlParserHandler.StartDoctypeDecl:
                ExpatNative.SetStartDoctypeDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, byte*, int, void>)&OnStartDoctypeDecl : null); break;
            case XmlParserHandler.EndDoctypeDecl:
                ExpatNative.SetEndDoctypeDeclHandler(p, on ? (delegate* unmanaged<nint, void>)&OnEndDoctypeDecl : null); break;
            case XmlParserHandler.EntityDecl:
                ExpatNative.SetEntityDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, int, byte*, int, byte*, byte*, byte*, byte*, void>)&OnEntityDecl : null); break;
            case XmlParserHandler.XmlDecl:
                ExpatNative.SetXmlDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, int, void>)&OnXmlDecl : null); break;
            case XmlParserHandler.ElementDecl:
                ExpatNative.SetElementDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, ExpatContent*, void>)&OnElementDecl : null); break;
            case XmlParserHandler.AttlistDecl:
                ExpatNative.SetAttlistDeclHandler(p, on ? (delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int, void>)&OnAttlistDecl : null); break;
            case XmlParserHandler.SkippedEntity:
                ExpatNative.SetSkippedEntityHandler(p, on ? (delegate* unmanaged<nint, byte*, int, void>)&OnSkippedEntity : null); break;
        }
    }

    private void SetNoopCharacterDataHandler() =>
        ExpatNative.SetCharacterDataHandler(Native, (delegate* unmanaged<nint, byte*, int, void>)&OnNoopCharacterData);

    // ---- the common path of every event -----------------------------------------------------------------

    /// <summary>The parser behind a callback's user data with the thread parsing on it; false when the
    /// event must be ignored (no parse running: cannot happen in practice).</summary>
    private static bool Enter(nint userData, out XmlParser parser, out ThreadState ts)
    {
        parser = FromUserData(userData)!;
        ts = parser?._ts!;
        return parser is not null && ts is not null;
    }

    /// <summary>True when the handler is set, no exception is pending, and buffered text was delivered.</summary>
    private bool Ready(ThreadState ts, XmlParserHandler which) =>
        _handlers[(int)which] is not null && !ts.HasError && FlushCharacterBuffer(ts) >= 0;

    /// <summary>Calls the handler; on an exception stops the parser and drops the handlers.</summary>
    private PyObject? Invoke(ThreadState ts, XmlParserHandler which, ReadOnlySpan<PyObject> args)
    {
        _inCallback = true;
        var rv = Protocols.Call(ts, _handlers[(int)which]!, args, null);
        _inCallback = false;
        if (rv is null)
        {
            AddCallbackFrame(ts, which);
            Abort();
        }
        return rv;
    }

    /// <summary>_PyTraceback_Add: the exception's traceback gets an entry for the C callback
    /// (<c>../Modules/pyexpat.c</c>, in <c>StartElement</c>, ...) between Parse's caller and the handler.</summary>
    private static void AddCallbackFrame(ThreadState ts, XmlParserHandler which)
    {
        if (ts.CurrentException is not { } exc) return;
        var code = new PyCode(new Kaa.Compiler.Code.CodeObject
        {
            Filename = XmlParserHandlers.FrameFile,
            Name = XmlParserHandlers.FrameNames[(int)which],
            QualName = XmlParserHandlers.FrameNames[(int)which],
            FirstLineno = XmlParserHandlers.FrameLines[(int)which],
        });
        var frame = new PyFrame(code, new PyDict(), ts.Interp.Builtins, null, null);
        exc.Traceback = new PyTraceback(exc.Traceback, frame, -1);
    }

    /// <summary>A Python exception is pending: stop libexpat and drop the handlers.</summary>
    private void Abort()
    {
        ExpatNative.StopParser(Native, 0);
        FlagError();
    }

    /// <summary>A .NET failure inside a callback must not unwind through libexpat: it becomes a SystemError.</summary>
    private void Failed(ThreadState ts, Exception e)
    {
        _inCallback = false;
        if (!ts.HasError) ts.SetError(PyExc.SystemError, $"pyexpat callback failed: {e.Message}");
        Abort();
    }

    /// <summary>Calls a handler whose arguments are all strings, the first <paramref name="interned"/> of
    /// them names (interned), the rest plain text.</summary>
    private void Call(ThreadState ts, XmlParserHandler which, ReadOnlySpan<nint> strings, uint internMask)
    {
        if (!Ready(ts, which)) return;
        var args = new PyObject[strings.Length];
        // Last to first, as CPython's argument list is evaluated (it decides the intern dict's order).
        for (int i = strings.Length - 1; i >= 0; i--)
        {
            var s = (byte*)strings[i];
            var v = (internMask & (1u << i)) != 0 ? Name(ts, s) : Str(s);
            if (v is null) { FlagError(); return; }
            args[i] = v;
        }
        Invoke(ts, which, args);
    }

    private const uint All = uint.MaxValue;

    // ---- character data ---------------------------------------------------------------------------------

    /// <summary>call_character_handler: -1 when there is no handler or it raised.</summary>
    private int CallCharacterHandler(ThreadState ts, byte* data, int length)
    {
        if (_handlers[(int)XmlParserHandler.CharacterData] is not { } handler) return -1;
        var text = Str(data, length);
        _inCallback = true;
        var rv = Protocols.Call(ts, handler, [text], null);
        _inCallback = false;
        if (rv is null)
        {
            AddCallbackFrame(ts, XmlParserHandler.CharacterData);
            ExpatNative.StopParser(Native, 0);
            FlagError();
            SetNoopCharacterDataHandler();
            return -1;
        }
        return 0;
    }

    private void CharacterData(ThreadState ts, byte* data, int length)
    {
        if (ts.HasError) return;
        if (_buffer is null)
        {
            CallCharacterHandler(ts, data, length);
            return;
        }
        if (_bufferUsed + length > _bufferSize)
        {
            if (FlushCharacterBuffer(ts) < 0) return;
            // The handler may have been removed or the buffer turned off while it ran.
            if (_handlers[(int)XmlParserHandler.CharacterData] is null) return;
        }
        if (length > _bufferSize || _buffer is null)
        {
            CallCharacterHandler(ts, data, length);
            _bufferUsed = 0;
        }
        else
        {
            new ReadOnlySpan<byte>(data, length).CopyTo(_buffer.AsSpan(_bufferUsed));
            _bufferUsed += length;
        }
    }

    [UnmanagedCallersOnly]
    private static void OnCharacterData(nint ud, byte* data, int length)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.CharacterData(ts, data, length); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnNoopCharacterData(nint ud, byte* data, int length) { }

    // ---- elements ---------------------------------------------------------------------------------------

    private void StartElement(ThreadState ts, byte* name, byte** atts)
    {
        if (!Ready(ts, XmlParserHandler.StartElement)) return;
        int max;
        if (_specifiedAttributes) max = ExpatNative.GetSpecifiedAttributeCount(Native);
        else
        {
            max = 0;
            while (atts[max] is not null) max += 2;
        }
        PyObject container;
        PyList? list = null;
        PyDict? dict = null;
        if (_orderedAttributes) container = list = PyList.WithCapacity(max);
        else container = dict = new PyDict();
        for (int i = 0; i < max; i += 2)
        {
            var n = Name(ts, atts[i]);
            if (n is null) { FlagError(); return; }
            var v = Str(atts[i + 1]);
            if (list is not null)
            {
                list.Append(n);
                list.Append(v);
            }
            else if (!dict!.SetItem(ts, n, v)) { FlagError(); return; }
        }
        var elementName = Name(ts, name);
        if (elementName is null) return;
        Invoke(ts, XmlParserHandler.StartElement, [elementName, container]);
    }

    [UnmanagedCallersOnly]
    private static void OnStartElement(nint ud, byte* name, byte** atts)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.StartElement(ts, name, atts); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnEndElement(nint ud, byte* name)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.EndElement, [(nint)name], All); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnProcessingInstruction(nint ud, byte* target, byte* data)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.ProcessingInstruction, [(nint)target, (nint)data], 0b1); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnComment(nint ud, byte* data)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.Comment, [(nint)data], 0); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnStartCdataSection(nint ud)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.StartCdataSection, [], 0); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnEndCdataSection(nint ud)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.EndCdataSection, [], 0); } catch (Exception e) { p.Failed(ts, e); }
    }

    private void TextEvent(ThreadState ts, XmlParserHandler which, byte* s, int length)
    {
        if (!Ready(ts, which)) return;
        Invoke(ts, which, [Str(s, length)]);
    }

    [UnmanagedCallersOnly]
    private static void OnDefault(nint ud, byte* s, int length)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.TextEvent(ts, XmlParserHandler.Default, s, length); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnDefaultExpand(nint ud, byte* s, int length)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.TextEvent(ts, XmlParserHandler.DefaultExpand, s, length); } catch (Exception e) { p.Failed(ts, e); }
    }

    // ---- namespaces -------------------------------------------------------------------------------------

    [UnmanagedCallersOnly]
    private static void OnStartNamespaceDecl(nint ud, byte* prefix, byte* uri)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.StartNamespaceDecl, [(nint)prefix, (nint)uri], All); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnEndNamespaceDecl(nint ud, byte* prefix)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.EndNamespaceDecl, [(nint)prefix], All); } catch (Exception e) { p.Failed(ts, e); }
    }

    // ---- the document type declaration ------------------------------------------------------------------

    /// <summary>A handler whose arguments are strings (names interned per <paramref name="internMask"/>)
    /// with one int inserted at <paramref name="intIndex"/>.</summary>
    private void CallWithInt(ThreadState ts, XmlParserHandler which, ReadOnlySpan<nint> strings, uint internMask, int intIndex, int value)
    {
        if (!Ready(ts, which)) return;
        var args = new PyObject[strings.Length + 1];
        int k = strings.Length - 1;
        for (int i = args.Length - 1; i >= 0; i--)
        {
            if (i == intIndex)
            {
                args[i] = PyInt.Create(value);
                continue;
            }
            var s = (byte*)strings[k];
            var v = (internMask & (1u << k)) != 0 ? Name(ts, s) : Str(s);
            k--;
            if (v is null) { FlagError(); return; }
            args[i] = v;
        }
        Invoke(ts, which, args);
    }

    [UnmanagedCallersOnly]
    private static void OnStartDoctypeDecl(nint ud, byte* name, byte* sysid, byte* pubid, int hasInternalSubset)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.CallWithInt(ts, XmlParserHandler.StartDoctypeDecl, [(nint)name, (nint)sysid, (nint)pubid], All, 3, hasInternalSubset); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnEndDoctypeDecl(nint ud)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.EndDoctypeDecl, [], 0); } catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnXmlDecl(nint ud, byte* version, byte* encoding, int standalone)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.CallWithInt(ts, XmlParserHandler.XmlDecl, [(nint)version, (nint)encoding], 0, 2, standalone); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnUnparsedEntityDecl(nint ud, byte* entityName, byte* @base, byte* systemId, byte* publicId, byte* notationName)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.UnparsedEntityDecl, [(nint)entityName, (nint)@base, (nint)systemId, (nint)publicId, (nint)notationName], All); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnNotationDecl(nint ud, byte* notationName, byte* @base, byte* systemId, byte* publicId)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.Call(ts, XmlParserHandler.NotationDecl, [(nint)notationName, (nint)@base, (nint)systemId, (nint)publicId], All); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnSkippedEntity(nint ud, byte* entityName, int isParameterEntity)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.CallWithInt(ts, XmlParserHandler.SkippedEntity, [(nint)entityName], All, 1, isParameterEntity); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    [UnmanagedCallersOnly]
    private static void OnAttlistDecl(nint ud, byte* elname, byte* attname, byte* attType, byte* dflt, int isRequired)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.CallWithInt(ts, XmlParserHandler.AttlistDecl, [(nint)elname, (nint)attname, (nint)attType, (nint)dflt], 0b11, 4, isRequired); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    private void EntityDecl(ThreadState ts, byte* entityName, int isParameterEntity, byte* value, int valueLength,
        byte* @base, byte* systemId, byte* publicId, byte* notationName)
    {
        if (!Ready(ts, XmlParserHandler.EntityDecl)) return;
        var notation = Name(ts, notationName);
        var pub = Name(ts, publicId);
        var sys = Name(ts, systemId);
        var b = Name(ts, @base);
        var name = Name(ts, entityName);
        if (name is null || b is null || sys is null || pub is null || notation is null) { FlagError(); return; }
        Invoke(ts, XmlParserHandler.EntityDecl, [name, PyInt.Create(isParameterEntity), Str(value, valueLength), b, sys, pub, notation]);
    }

    [UnmanagedCallersOnly]
    private static void OnEntityDecl(nint ud, byte* entityName, int isParameterEntity, byte* value, int valueLength,
        byte* @base, byte* systemId, byte* publicId, byte* notationName)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.EntityDecl(ts, entityName, isParameterEntity, value, valueLength, @base, systemId, publicId, notationName); }
        catch (Exception e) { p.Failed(ts, e); }
    }

    /// <summary>conv_content_model: (type, quant, name, children) with the children converted alike.</summary>
    private static PyObject? ContentModel(ThreadState ts, ExpatContent* model)
    {
        // A declaration can nest far deeper than the stack allows: RecursionError, as CPython 3.11.2+deb.
        if (!ts.EnterNative(" in conv_content_model")) return null;
        var children = new PyObject[model->NumChildren];
        for (int i = 0; i < children.Length; i++)
        {
            var child = ContentModel(ts, &model->Children[i]);
            if (child is null)
            {
                ts.LeaveNative();
                return null;
            }
            children[i] = child;
        }
        ts.LeaveNative();
        return PyTuple.Create([PyInt.Create(model->Type), PyInt.Create(model->Quant), Str(model->Name), PyTuple.Create(children)]);
    }

    private void ElementDecl(ThreadState ts, byte* name, ExpatContent* model)
    {
        if (!Ready(ts, XmlParserHandler.ElementDecl)) return;
        var modelObject = ContentModel(ts, model);
        var nameObject = modelObject is null ? null : Name(ts, name);
        if (nameObject is null) { FlagError(); return; }
        Invoke(ts, XmlParserHandler.ElementDecl, [nameObject, modelObject!]);
    }

    [UnmanagedCallersOnly]
    private static void OnElementDecl(nint ud, byte* name, ExpatContent* model)
    {
        if (!Enter(ud, out var p, out var ts)) return;
        try { p.ElementDecl(ts, name, model); }
        catch (Exception e) { p.Failed(ts, e); }
        finally { ExpatNative.FreeContentModel(p.Native, model); }
    }

    // ---- handlers that answer libexpat ------------------------------------------------------------------

    /// <summary>A handler's int result (PyLong_AsLong: -1 with the error left pending when it is no int).</summary>
    private static int ResultAsInt(ThreadState ts, PyObject rv)
    {
        if (!Protocols.AsIndex(ts, rv, out long value, PyExc.OverflowError)) return -1;
        return (int)value;
    }

    private int NotStandalone(ThreadState ts)
    {
        if (!Ready(ts, XmlParserHandler.NotStandalone)) return 0;
        var rv = Invoke(ts, XmlParserHandler.NotStandalone, []);
        return rv is null ? 0 : ResultAsInt(ts, rv);
    }

    [UnmanagedCallersOnly]
    private static int OnNotStandalone(nint ud)
    {
        if (!Enter(ud, out var p, out var ts)) return 0;
        try { return p.NotStandalone(ts); } catch (Exception e) { p.Failed(ts, e); return 0; }
    }

    private int ExternalEntityRef(ThreadState ts, byte* context, byte* @base, byte* systemId, byte* publicId)
    {
        if (!Ready(ts, XmlParserHandler.ExternalEntityRef)) return 0;
        var pub = Name(ts, publicId);
        var sys = Name(ts, systemId);
        var b = Name(ts, @base);
        if (b is null || sys is null || pub is null) { FlagError(); return 0; }
        var rv = Invoke(ts, XmlParserHandler.ExternalEntityRef, [Str(context), b, sys, pub]);
        return rv is null ? 0 : ResultAsInt(ts, rv);
    }

    [UnmanagedCallersOnly]
    private static int OnExternalEntityRef(nint parser, byte* context, byte* @base, byte* systemId, byte* publicId)
    {
        if (!Enter(ExpatNative.GetUserData(parser), out var p, out var ts)) return 0;
        try { return p.ExternalEntityRef(ts, context, @base, systemId, publicId); } catch (Exception e) { p.Failed(ts, e); return 0; }
    }

    /// <summary>After a handler raised: an external entity reference fails the parse at once.</summary>
    [UnmanagedCallersOnly]
    private static int OnErrorExternalEntityRef(nint parser, byte* context, byte* @base, byte* systemId, byte* publicId) => 0;

    /// <summary>PyUnknownEncodingHandler: a single-byte encoding Python knows becomes libexpat's byte map
    /// (undecodable bytes -1). _elementtree's parser uses it too.</summary>
    internal static int FillEncodingMap(ThreadState ts, byte* name, ExpatEncoding* info)
    {
        if (ts.HasError) return ExpatNative.XML_STATUS_ERROR;
        var all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte)i;
        var text = UnicodeCodecs.DecodeObject(ts, PyBytes.Create(all), PyStr.Create(ExpatNative.Utf8(name)!), PyStr.Create("replace"));
        if (text is null) return ExpatNative.XML_STATUS_ERROR;
        if (text.Length != 256)
        {
            ts.SetError(PyExc.ValueError, "multi-byte encodings are not supported");
            return ExpatNative.XML_STATUS_ERROR;
        }
        for (int i = 0; i < 256; i++)
        {
            int ch = text[i];
            info->Map[i] = ch != 0xFFFD ? ch : -1;
        }
        info->Data = null;
        info->Convert = null;
        info->Release = null;
        return ExpatNative.XML_STATUS_OK;
    }

    [UnmanagedCallersOnly]
    private static int OnUnknownEncoding(nint data, byte* name, ExpatEncoding* info)
    {
        if (!Enter(data, out var p, out var ts)) return ExpatNative.XML_STATUS_ERROR;
        try { return FillEncodingMap(ts, name, info); } catch (Exception e) { p.Failed(ts, e); return ExpatNative.XML_STATUS_ERROR; }
    }
}
