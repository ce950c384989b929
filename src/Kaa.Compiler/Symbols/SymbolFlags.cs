namespace Kaa.Compiler.Symbols;

/// <summary>
/// What the first pass learns about a name in one block (CPython's DEF_* flags; the numbers are
/// CPython's, since the <c>symtable</c> module exposes them).
/// </summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,        // global statement
    DefLocal = 2,         // bound in this block
    DefParam = 4,         // formal parameter
    DefNonlocal = 8,      // nonlocal statement
    Use = 16,             // read
    DefFree = 32,         // used but not defined in a nested block
    DefFreeClass = 64,    // free variable of a method that the class also binds
    DefImport = 128,      // bound by import
    DefAnnot = 256,       // annotated
    DefCompIter = 512,    // a comprehension's iteration variable

    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>The scope the analysis pass decides for a name (CPython's LOCAL, GLOBAL_EXPLICIT, ...).</summary>
public enum SymbolScope
{
    None = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

public enum BlockType
{
    Function,
    Class,
    Module,
    Annotation,
}

public enum ComprehensionKind
{
    None,
    List,
    Dict,
    Set,
    Generator,
}
