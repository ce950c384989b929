namespace Kaa.Runtime;

/// <summary>
/// What an inline cache remembers about one instruction site (CPython 3.11's adaptive specialisation,
/// kept beside the bytecode rather than in its CACHE units, which cannot hold references). Each
/// LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL of a code object owns one entry; its index is
/// written into the instruction's first CACHE unit of <see cref="PyCode.Instructions"/> (co_code, which
/// Python sees, stays canonical). An entry is a guess checked on every use: the owner's type and that
/// type's version tag (bumped by any change to the class or its bases), or a dict and an entry position
/// whose key is checked by identity. A failed check takes the generic path, which re-specialises.
/// </summary>
internal struct InlineCache
{
    /// <summary>The type (attribute sites) or globals dict (LOAD_GLOBAL) the entry was made for.</summary>
    public object? Key;
    /// <summary>The cached descriptor or class attribute, or the builtins dict (LOAD_GLOBAL of a builtin).</summary>
    public PyObject? Value;
    /// <summary>The type's version tag, or the globals dict's version (LOAD_GLOBAL of a builtin).</summary>
    public uint Version;
    /// <summary>A __slots__ index, the name's index in the class's <see cref="InstanceKeys"/>, the position of the
    /// name in a dict's entries (a hint, checked), or for the kinds an instance attribute would shadow, what
    /// says that the instance's inline values cannot hold the name (Eval.NotShadowed).</summary>
    public int Index;
    public InlineCacheKind Kind;
    /// <summary>Misses since the last specialisation: a site that keeps missing stops trying for a while.</summary>
    public byte Misses;
}

internal enum InlineCacheKind : byte
{
    /// <summary>Not specialised (yet).</summary>
    None,
    /// <summary>A site past the cache limit of its code object: always generic.</summary>
    Disabled,
    /// <summary>The attribute is the inline value at key <see cref="InlineCache.Index"/> of a <see cref="PyInstance"/>
    /// (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE).</summary>
    InstanceValue,
    /// <summary>The attribute lives in the instance dict at entry <see cref="InlineCache.Index"/>.</summary>
    InstanceDict,
    /// <summary>A __slots__ member at <see cref="InlineCache.Index"/> of the instance's slot values.</summary>
    Slot,
    /// <summary>A class attribute that is no descriptor (the instance dict must not shadow it).</summary>
    ClassAttribute,
    /// <summary>A function on the class, bound to the instance on load (the instance dict must not shadow it).</summary>
    Method,
    /// <summary>A non-data descriptor on the class other than a function (the instance dict must not shadow it).</summary>
    NonDataDescriptor,
    /// <summary>A data descriptor on the class (property, getset): its __get__ is called directly.</summary>
    DataDescriptor,
    /// <summary>A module's global at entry <see cref="InlineCache.Index"/> of the module dict.</summary>
    ModuleAttribute,
    /// <summary>LOAD_GLOBAL found in the globals dict at entry <see cref="InlineCache.Index"/>.</summary>
    Global,
    /// <summary>LOAD_GLOBAL found in builtins at entry <see cref="InlineCache.Index"/>, while globals keeps its version.</summary>
    Builtin,
}
