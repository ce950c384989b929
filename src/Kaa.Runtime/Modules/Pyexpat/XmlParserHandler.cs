namespace Kaa.Runtime;

/// <summary>
/// The handler attributes of an xmlparser, in CPython's table order (the index of a handler in a
/// parser's handler array).
/// </summary>
internal enum XmlParserHandler
{
    StartElement, EndElement, ProcessingInstruction, CharacterData, UnparsedEntityDecl, NotationDecl,
    StartNamespaceDecl, EndNamespaceDecl, Comment, StartCdataSection, EndCdataSection, Default,
    DefaultExpand, NotStandalone, ExternalEntityRef, StartDoctypeDecl, EndDoctypeDecl, EntityDecl,
    XmlDecl, ElementDecl, AttlistDecl, SkippedEntity,
}

internal static class XmlParserHandlers
{
    public const int Count = (int)XmlParserHandler.SkippedEntity + 1;

    /// <summary>The attribute name of each handler (DefaultHandlerExpand keeps its odd name).</summary>
    public static readonly string[] AttributeNames =
    [
        "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
        "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
        "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
        "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
        "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler",
        "AttlistDeclHandler", "SkippedEntityHandler",
    ];

    /// <summary>The name CPython gives the C frame of each callback in a traceback ("StartElement").</summary>
    public static readonly string[] FrameNames =
    [
        "StartElement", "EndElement", "ProcessingInstruction", "CharacterData", "UnparsedEntityDecl",
        "NotationDecl", "StartNamespaceDecl", "EndNamespaceDecl", "Comment", "StartCdataSection",
        "EndCdataSection", "Default", "DefaultHandlerExpand", "NotStandalone", "ExternalEntityRef",
        "StartDoctypeDecl", "EndDoctypeDecl", "EntityDecl", "XmlDecl", "ElementDecl", "AttlistDecl",
        "SkippedEntity",
    ];

    /// <summary>The line of each callback's C frame in the oracle's tracebacks (Debian's pyexpat.c).</summary>
    public static readonly int[] FrameLines =
    [
        417, 469, 473, 282, 479, 619, 629, 636, 641, 645, 649, 653, 657, 662, 666, 681, 689, 491, 508, 583, 598, 611,
    ];

    /// <summary>The file name of those frames, as the oracle's build recorded it.</summary>
    public const string FrameFile = "../Modules/pyexpat.c";
}
