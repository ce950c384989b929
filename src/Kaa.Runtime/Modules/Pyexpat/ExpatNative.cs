using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>libexpat's XML_Content: one node of an element declaration's content model.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ExpatContent
{
    public int Type;
    public int Quant;
    public byte* Name;
    public uint NumChildren;
    public ExpatContent* Children;
}

/// <summary>libexpat's XML_Encoding, filled by an unknown-encoding handler: the byte → code point map.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ExpatEncoding
{
    public fixed int Map[256];
    public void* Data;
    public void* Convert;
    public void* Release;
}

/// <summary>libexpat's XML_Feature (an entry of XML_GetFeatureList).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ExpatFeature
{
    public int Feature;
    public byte* Name;
    public nint Value;
}

/// <summary>libexpat's XML_Expat_Version, returned by value.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ExpatVersion
{
    public int Major, Minor, Micro;
}

/// <summary>
/// The system libexpat (libexpat.so.1, Debian's libexpat1, the library CPython 3.11's pyexpat links on
/// Debian): the same parser, so the same events, positions and error codes. XML_Char is UTF-8 (char).
/// Handler setters all have the C shape <c>void (XML_Parser, handler)</c>; they are declared with the
/// handler as a plain pointer.
/// </summary>
internal static unsafe partial class ExpatNative
{
    private const string Library = "libexpat.so.1";

    public const int XML_STATUS_ERROR = 0, XML_STATUS_OK = 1;
    public const int XML_ERROR_NONE = 0, XML_ERROR_ABORTED = 35;

    [LibraryImport(Library, EntryPoint = "XML_ParserCreate_MM")]
    public static partial nint ParserCreate(byte* encoding, void* memsuite, byte* namespaceSeparator);
    [LibraryImport(Library, EntryPoint = "XML_ExternalEntityParserCreate")]
    public static partial nint ExternalEntityParserCreate(nint parser, byte* context, byte* encoding);
    [LibraryImport(Library, EntryPoint = "XML_ParserFree")] public static partial void ParserFree(nint parser);
    [LibraryImport(Library, EntryPoint = "XML_SetUserData")] public static partial void SetUserData(nint parser, nint userData);
    /// <summary>XML_GetUserData is a macro: the user data is the first field of the parser.</summary>
    public static nint GetUserData(nint parser) => *(nint*)parser;
    [LibraryImport(Library, EntryPoint = "XML_SetEncoding")] public static partial int SetEncoding(nint parser, byte* encoding);
    [LibraryImport(Library, EntryPoint = "XML_Parse")] public static partial int Parse(nint parser, byte* s, int len, int isFinal);
    [LibraryImport(Library, EntryPoint = "XML_GetBuffer")] public static partial byte* GetBuffer(nint parser, int len);
    [LibraryImport(Library, EntryPoint = "XML_ParseBuffer")] public static partial int ParseBuffer(nint parser, int len, int isFinal);
    [LibraryImport(Library, EntryPoint = "XML_StopParser")] public static partial int StopParser(nint parser, byte resumable);
    [LibraryImport(Library, EntryPoint = "XML_SetBase")] public static partial int SetBase(nint parser, byte* @base);
    [LibraryImport(Library, EntryPoint = "XML_GetBase")] public static partial byte* GetBase(nint parser);
    [LibraryImport(Library, EntryPoint = "XML_GetInputContext")] public static partial byte* GetInputContext(nint parser, int* offset, int* size);
    [LibraryImport(Library, EntryPoint = "XML_SetParamEntityParsing")] public static partial int SetParamEntityParsing(nint parser, int flag);
    [LibraryImport(Library, EntryPoint = "XML_UseForeignDTD")] public static partial int UseForeignDTD(nint parser, byte useDtd);
    [LibraryImport(Library, EntryPoint = "XML_SetReturnNSTriplet")] public static partial void SetReturnNSTriplet(nint parser, int doNst);
    [LibraryImport(Library, EntryPoint = "XML_GetSpecifiedAttributeCount")] public static partial int GetSpecifiedAttributeCount(nint parser);
    [LibraryImport(Library, EntryPoint = "XML_FreeContentModel")] public static partial void FreeContentModel(nint parser, ExpatContent* model);
    [LibraryImport(Library, EntryPoint = "XML_SetHashSalt")] public static partial int SetHashSalt(nint parser, nuint salt);

    [LibraryImport(Library, EntryPoint = "XML_GetErrorCode")] public static partial int GetErrorCode(nint parser);
    [LibraryImport(Library, EntryPoint = "XML_ErrorString")] public static partial byte* ErrorString(int code);
    [LibraryImport(Library, EntryPoint = "XML_GetCurrentLineNumber")] public static partial nuint GetCurrentLineNumber(nint parser);
    [LibraryImport(Library, EntryPoint = "XML_GetCurrentColumnNumber")] public static partial nuint GetCurrentColumnNumber(nint parser);
    [LibraryImport(Library, EntryPoint = "XML_GetCurrentByteIndex")] public static partial nint GetCurrentByteIndex(nint parser);

    [LibraryImport(Library, EntryPoint = "XML_ExpatVersion")] public static partial byte* ExpatVersionString();
    [LibraryImport(Library, EntryPoint = "XML_ExpatVersionInfo")] public static partial ExpatVersion ExpatVersionInfo();
    [LibraryImport(Library, EntryPoint = "XML_GetFeatureList")] public static partial ExpatFeature* GetFeatureList();

    [LibraryImport(Library, EntryPoint = "XML_SetUnknownEncodingHandler")]
    public static partial void SetUnknownEncodingHandler(nint parser, void* handler, nint data);

    [LibraryImport(Library, EntryPoint = "XML_SetStartElementHandler")] public static partial void SetStartElementHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetEndElementHandler")] public static partial void SetEndElementHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetProcessingInstructionHandler")] public static partial void SetProcessingInstructionHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetCharacterDataHandler")] public static partial void SetCharacterDataHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetUnparsedEntityDeclHandler")] public static partial void SetUnparsedEntityDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetNotationDeclHandler")] public static partial void SetNotationDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetStartNamespaceDeclHandler")] public static partial void SetStartNamespaceDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetEndNamespaceDeclHandler")] public static partial void SetEndNamespaceDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetCommentHandler")] public static partial void SetCommentHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetStartCdataSectionHandler")] public static partial void SetStartCdataSectionHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetEndCdataSectionHandler")] public static partial void SetEndCdataSectionHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetDefaultHandler")] public static partial void SetDefaultHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetDefaultHandlerExpand")] public static partial void SetDefaultHandlerExpand(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetNotStandaloneHandler")] public static partial void SetNotStandaloneHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetExternalEntityRefHandler")] public static partial void SetExternalEntityRefHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetStartDoctypeDeclHandler")] public static partial void SetStartDoctypeDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetEndDoctypeDeclHandler")] public static partial void SetEndDoctypeDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetEntityDeclHandler")] public static partial void SetEntityDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetXmlDeclHandler")] public static partial void SetXmlDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetElementDeclHandler")] public static partial void SetElementDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetAttlistDeclHandler")] public static partial void SetAttlistDeclHandler(nint parser, void* handler);
    [LibraryImport(Library, EntryPoint = "XML_SetSkippedEntityHandler")] public static partial void SetSkippedEntityHandler(nint parser, void* handler);

    /// <summary>The NUL-terminated UTF-8 text at <paramref name="s"/> as a .NET string (null for NULL).</summary>
    public static string? Utf8(byte* s) => s is null ? null : Marshal.PtrToStringUTF8((nint)s);
}

/// <summary>
/// One native XML_Parser, freed when its Python parser is collected. An external entity parser shares
/// its parent's DTD, so a parent is only freed once every child made from it has been freed (finalizers
/// run in no particular order when both become unreachable together).
/// </summary>
internal sealed class ExpatParserHandle
{
    public readonly nint Parser;
    /// <summary>The weak GCHandle (as a pointer) that is the parser's user data.</summary>
    private readonly nint _userData;
    private readonly ExpatParserHandle? _parent;
    private int _liveChildren;
    private bool _freeWanted;
    private readonly object _lock;

    public ExpatParserHandle(nint parser, ExpatParserHandle? parent, nint userData)
    {
        Parser = parser;
        _userData = userData;
        _parent = parent;
        _lock = parent?._lock ?? new object();
        if (parent is not null) lock (_lock) parent._liveChildren++;
    }

    ~ExpatParserHandle()
    {
        lock (_lock)
        {
            _freeWanted = true;
            TryFree();
        }
    }

    private void TryFree()
    {
        if (!_freeWanted || _liveChildren > 0) return;
        ExpatNative.ParserFree(Parser);
        GCHandle.FromIntPtr(_userData).Free();
        _freeWanted = false;
        if (_parent is not null)
        {
            _parent._liveChildren--;
            _parent.TryFree();
        }
    }
}
