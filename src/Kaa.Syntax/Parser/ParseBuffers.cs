namespace Kaa.Syntax.Parser;

/// <summary>
/// The parser's token buffer and memo, kept between parses by a caller that parses many sources
/// one after another (a tool run over a list of files): a parse borrows them and hands them back,
/// so each file reuses the storage instead of allocating its own (the two were a quarter of all
/// the memory the parse-and-compile pipeline allocates); identifiers keep one string per spelling
/// across files. Not for concurrent parses: while a parse
/// holds them, another parse given the same object allocates its own.
/// </summary>
public sealed class ParseBuffers
{
    internal Parser.TokenSlot[][]? TokenChunks;
    internal Parser.MemoEntry[][]? MemoChunks;
    internal IdentifierTable? Identifiers;
}
