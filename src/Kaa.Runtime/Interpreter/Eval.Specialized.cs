using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// The specialised forms of the attribute and global instructions (see <see cref="InlineCache"/>): a hit
/// answers from what the site remembered after checking that it still holds; a miss takes the generic
/// path (exactly what the unspecialised instruction does) and then re-specialises, with a back-off so
/// that a site whose guesses keep failing stops paying for new ones.
/// </summary>
internal static partial class Eval
{
    // ---- LOAD_ATTR -------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadAttrCached(ThreadState ts, ref InlineCache c, PyObject owner, PyStr name)
    {
        var type = owner.Type;
        if (ReferenceEquals(c.Key, type) && c.Version == type.VersionTag)
        {
            // The two commonest kinds as tests, not through the switch's jump table: an indirect jump whose
            // target changes from site to site is mispredicted where these branches are not.
            var kind = c.Kind;
            if (kind == InlineCacheKind.InstanceValue)
            {
                if (owner is PyInstance { HasValues: true } pi && pi.ValueAt(c.Index) is { } iv) return iv;
            }
            else if (kind == InlineCacheKind.Slot)
            {
                if (SlotOf(owner, c.Index) is { } sv) return sv;
            }
            else return LoadAttrOtherKinds(ts, ref c, owner, name);
        }
        return LoadAttrGeneric(ts, ref c, owner, name);
    }

    /// <summary>The rest of <see cref="LoadAttrCached"/>'s hits (the type and version already checked), out of the
    /// VM's loop.</summary>
    private static PyObject? LoadAttrOtherKinds(ThreadState ts, ref InlineCache c, PyObject owner, PyStr name)
    {
        switch (c.Kind)
        {
            case InlineCacheKind.InstanceDict:
                if (DictOf(owner)?.GetStrAt(c.Index, name) is { } v) return v;
                break;
            case InlineCacheKind.Method:
                if (NotShadowed(owner, name, c.Index)) return new PyMethod(c.Value!, owner);
                break;
            case InlineCacheKind.ClassAttribute:
                if (NotShadowed(owner, name, c.Index)) return c.Value;
                break;
            case InlineCacheKind.NonDataDescriptor:
                if (NotShadowed(owner, name, c.Index)) return c.Value!.Type.DescrGet!(ts, c.Value, owner, owner.Type);
                break;
            case InlineCacheKind.DataDescriptor:
                return c.Value!.Type.DescrGet!(ts, c.Value, owner, owner.Type);
            case InlineCacheKind.ModuleAttribute:
                if (((PyModule)owner).Namespace.GetStrAt(c.Index, name) is { } mv) return mv;
                break;
        }
        return LoadAttrGeneric(ts, ref c, owner, name);
    }

    /// <summary>The instance dict, without a virtual call for the common case of a plain class instance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyDict? DictOf(PyObject owner) => owner is PyInstance pi ? pi.InstanceDict : owner.Dict;

    /// <summary>The <c>__slots__</c> value at <paramref name="index"/>, without a virtual call for an instance
    /// of a Python class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref PyObject? SlotOf(PyObject owner, int index)
    {
        if (owner is PySlotsInstance si) return ref si.Slot(index);
        if (owner is PyInstance pi) return ref pi.InstanceSlots![index];
        return ref owner.SlotValues[index];
    }

    private static PyObject? LoadAttrGeneric(ThreadState ts, ref InlineCache c, PyObject owner, PyStr name)
    {
        var r = Protocols.GetAttr(ts, owner, name);
        if (r is not null && ShouldSpecialize(ref c)) SpecializeLoadAttr(ref c, owner, name, forMethod: false);
        return r;
    }

    /// <summary>
    /// True when the instance has no attribute <paramref name="name"/> of its own (a class attribute that is no
    /// data descriptor is then what the lookup finds). For inline values (CPython 3.11's
    /// LOAD_METHOD_WITH_VALUES) the site recorded a <paramref name="mark"/> when it specialised
    /// (<see cref="ShadowMark"/>): the number of keys then, none of them the name, so that while the class's
    /// keys have not grown no instance can hold the name; or <c>~k</c> when the name is key k, whose value
    /// must then be unset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NotShadowed(PyObject owner, PyStr name, int mark)
    {
        // The common case inline (keys unchanged since the site specialised), the rest out of the VM loop.
        if (owner is PyInstance { HasValues: true } pi && mark >= 0 && pi.Type.InstanceKeys!.Count == mark) return true;
        return NotShadowedSlow(owner, name, mark);
    }

    /// <summary><see cref="NotShadowed"/> when the class's keys grew since the site specialised, the name is one
    /// of them, or the attributes are a dict.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool NotShadowedSlow(PyObject owner, PyStr name, int mark)
    {
        if (owner is not PyInstance { HasValues: true } pi) return NotInInstanceDict(owner, name);
        int k = mark >= 0 ? pi.Type.InstanceKeys!.IndexOf(name, mark) : ~mark;
        return k < 0 || pi.ValueAt(k) is null;
    }

    /// <summary>What <see cref="NotShadowed"/> checks for <paramref name="name"/> on instances of <paramref name="type"/>.</summary>
    private static int ShadowMark(PyType type, PyStr name)
    {
        if (type.InstanceKeys is not { } keys) return 0;
        int k = keys.IndexOf(name);
        return k >= 0 ? ~k : keys.Count;
    }

    /// <summary>True when the instance's dict has no entry for <paramref name="name"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NotInInstanceDict(PyObject owner, PyStr name)
    {
        var d = DictOf(owner);
        return d is null || !d.MayContainHash(name.GetHash()) || d.IndexOfStr(name) < 0;
    }

    /// <summary>Back-off: a site re-specialises on its 1st, 2nd, 4th, ..., 128th miss, then every 256th.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ShouldSpecialize(ref InlineCache c)
    {
        if (c.Kind == InlineCacheKind.Disabled) return false;
        int misses = ++c.Misses & 0xff;
        c.Misses = (byte)misses;
        return (misses & (misses - 1)) == 0;
    }

    /// <summary>Records how the attribute <paramref name="name"/> of <paramref name="owner"/> was found
    /// (the generic lookup has just succeeded), when the kind of lookup is one the fast path knows.</summary>
    private static void SpecializeLoadAttr(ref InlineCache c, PyObject owner, PyStr name, bool forMethod)
    {
        c.Kind = InlineCacheKind.None;
        c.Key = null;
        c.Value = null;
        if (!name.IsInterned) return;
        var type = owner.Type;
        if (owner is PyModule module && type == BuiltinTypes.Module)
        {
            if (type.Lookup(name) is { } md && md.Type.DescrSet is not null) return;
            int mix = module.Namespace.IndexOfStr(name);
            if (mix < 0) return;
            Set(ref c, type, InlineCacheKind.ModuleAttribute, null, mix);
            return;
        }
        if (!ReferenceEquals(type.GetAttr, ObjectSlots.GenericGetAttrSlot)) return;
        var descr = type.Lookup(name);
        // Descriptors of Python classes can change kind (a __set__ added later) without the owner's
        // version changing: only builtin descriptor and value types are remembered.
        if (descr is not null && descr.Type.IsHeapType) return;
        if (descr is not null)
        {
            var dt = descr.Type;
            if (dt.DescrGet is not null && dt.DescrSet is not null)
            {
                if (descr is PyMemberDescriptor { Index: >= 0 } member
                    && member.Index < owner.SlotValues.Length && type.IsSubtypeOf(member.Owner))
                    Set(ref c, type, InlineCacheKind.Slot, null, member.Index);
                else if (!forMethod)
                    Set(ref c, type, InlineCacheKind.DataDescriptor, descr, 0);
                return;
            }
        }
        if (owner is PyInstance { HasValues: true } pi)
        {
            int k = type.InstanceKeys!.IndexOf(name);
            if (k >= 0 && pi.ValueAt(k) is not null)
            {
                if (!forMethod) Set(ref c, type, InlineCacheKind.InstanceValue, null, k);
                return;
            }
        }
        else
        {
            // DictOf: the dict the instance has (asking for Dict would make one from inline values).
            var dict = DictOf(owner);
            int ix = dict is null ? -1 : dict.IndexOfStr(name);
            if (ix >= 0)
            {
                if (!forMethod) Set(ref c, type, InlineCacheKind.InstanceDict, null, ix);
                return;
            }
        }
        if (descr is null) return;
        int mark = ShadowMark(type, name);
        if (forMethod)
        {
            if (descr is PyFunction || descr is PyMethodDescriptor) Set(ref c, type, InlineCacheKind.Method, descr, mark);
        }
        else if (descr is PyFunction && descr.Type == BuiltinTypes.Function)
            Set(ref c, type, InlineCacheKind.Method, descr, mark);
        else if (descr.Type.DescrGet is not null)
            Set(ref c, type, InlineCacheKind.NonDataDescriptor, descr, mark);
        else
            Set(ref c, type, InlineCacheKind.ClassAttribute, descr, mark);
    }

    private static void Set(ref InlineCache c, PyType type, InlineCacheKind kind, PyObject? value, int index)
    {
        c.Key = type;
        c.Version = type.VersionTag;
        c.Value = value;
        c.Index = index;
        c.Kind = kind;
    }

    // ---- LOAD_METHOD -----------------------------------------------------------------------------

    /// <summary>LOAD_METHOD through the site's cache: the callable, with <paramref name="unbound"/> true when
    /// it is a function to be called with the owner as its first argument.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadMethodCached(ThreadState ts, ref InlineCache c, PyObject owner, PyStr name, out bool unbound)
    {
        var type = owner.Type;
        if (ReferenceEquals(c.Key, type) && c.Version == type.VersionTag)
        {
            if (c.Kind == InlineCacheKind.Method)
            {
                if (NotShadowed(owner, name, c.Index))
                {
                    unbound = true;
                    return c.Value;
                }
            }
            else if (c.Kind == InlineCacheKind.ModuleAttribute)
            {
                if (((PyModule)owner).Namespace.GetStrAt(c.Index, name) is { } mv)
                {
                    unbound = false;
                    return mv;
                }
            }
        }
        var r = LoadMethod(ts, owner, name, out unbound);
        if (r is not null && ShouldSpecialize(ref c)) SpecializeLoadAttr(ref c, owner, name, forMethod: true);
        return r;
    }

    /// <summary>
    /// LOAD_ATTR of a property whose getter is a plain Python function of one parameter (CPython 3.12's
    /// LOAD_ATTR_PROPERTY): the getter's frame, with the owner bound, for the VM to run in its own loop
    /// like a call instead of entering a new loop from C# (property_descr_get: <c>fget(obj)</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPropertyFrame(ThreadState ts, ref InlineCache c, PyObject owner, [NotNullWhen(true)] out PyFrame? frame)
    {
        var type = owner.Type;
        if (c.Kind == InlineCacheKind.DataDescriptor && ReferenceEquals(c.Key, type) && c.Version == type.VersionTag
            && c.Value is PyProperty { Get: PyFunction getter } property && property.Type == BuiltinTypes.Property
            && getter.Code.ExactPositionalArity == 1 && ts.RecursionDepth + ts.NativeDepth < ts.Interp.RecursionLimit)
        {
            frame = PyFrame.ForCall(getter);
            frame.Fast[0].Value = owner;
            return true;
        }
        frame = null;
        return false;
    }

    // ---- STORE_ATTR ------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StoreAttrCached(ThreadState ts, ref InlineCache c, PyObject owner, PyStr name, PyObject value)
    {
        var type = owner.Type;
        if (ReferenceEquals(c.Key, type) && c.Version == type.VersionTag)
        {
            if (c.Kind == InlineCacheKind.InstanceValue)
            {
                // The name is key Index of the class (no data descriptor, object's __setattr__): a new
                // instance's __init__ fills its values without a dict.
                if (owner is PyInstance { HasValues: true } pi)
                {
                    pi.StoreValue(c.Index, value);
                    return true;
                }
            }
            else if (c.Kind == InlineCacheKind.InstanceDict)
            {
                // The type (same version) has no data descriptor for the name and object's __setattr__: the
                // value goes into the instance dict, at the remembered entry when the name is there, else
                // as a new key (an __init__ filling a new instance's dict).
                if (DictOf(owner) is { } d)
                {
                    if (!d.SetStrAt(c.Index, name, value)) d.SetStr(name, value);
                    return true;
                }
            }
            else if (c.Kind == InlineCacheKind.Slot)
            {
                SlotOf(owner, c.Index) = value;
                return true;
            }
            else if (c.Kind == InlineCacheKind.DataDescriptor)
                return c.Value!.Type.DescrSet!(ts, c.Value, owner, value) >= 0;
        }
        if (Protocols.SetAttr(ts, owner, name, value) < 0) return false;
        if (ShouldSpecialize(ref c)) SpecializeStoreAttr(ref c, owner, name);
        return true;
    }

    private static void SpecializeStoreAttr(ref InlineCache c, PyObject owner, PyStr name)
    {
        c.Kind = InlineCacheKind.None;
        c.Key = null;
        c.Value = null;
        var type = owner.Type;
        if (!name.IsInterned || !ReferenceEquals(type.SetAttr, ObjectSlots.GenericSetAttrSlot)) return;
        var descr = type.Lookup(name);
        if (descr is not null && descr.Type.IsHeapType) return;
        if (descr?.Type.DescrSet is not null)
        {
            if (descr is PyMemberDescriptor { Index: >= 0 } member
                && member.Index < owner.SlotValues.Length && type.IsSubtypeOf(member.Owner))
                Set(ref c, type, InlineCacheKind.Slot, null, member.Index);
            else
                Set(ref c, type, InlineCacheKind.DataDescriptor, descr, 0);
            return;
        }
        if (owner is PyInstance { HasValues: true })
        {
            int k = type.InstanceKeys!.IndexOf(name);
            if (k >= 0) Set(ref c, type, InlineCacheKind.InstanceValue, null, k);
            return;
        }
        int ix = DictOf(owner)?.IndexOfStr(name) ?? -1;
        if (ix >= 0) Set(ref c, type, InlineCacheKind.InstanceDict, null, ix);
    }

    // ---- LOAD_GLOBAL -----------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobalCached(ThreadState ts, ref InlineCache c, PyFrame f, PyStr name)
    {
        var globals = f.Globals;
        if (ReferenceEquals(c.Key, globals))
        {
            if (c.Kind == InlineCacheKind.Global)
            {
                if (globals.GetStrAt(c.Index, name) is { } v) return v;
            }
            else if (c.Kind == InlineCacheKind.Builtin && c.Version == globals.Version && ReferenceEquals(c.Value, f.Builtins))
            {
                if (f.Builtins.GetStrAt(c.Index, name) is { } v) return v;
            }
        }
        var r = LoadGlobal(ts, f, name);
        if (r is not null && ShouldSpecialize(ref c)) SpecializeLoadGlobal(ref c, f, name);
        return r;
    }

    private static void SpecializeLoadGlobal(ref InlineCache c, PyFrame f, PyStr name)
    {
        c.Kind = InlineCacheKind.None;
        c.Key = null;
        c.Value = null;
        var globals = f.Globals;
        int ix = globals.IndexOfStr(name);
        if (ix >= 0)
        {
            c.Key = globals;
            c.Index = ix;
            c.Kind = InlineCacheKind.Global;
            return;
        }
        ix = f.Builtins.IndexOfStr(name);
        if (ix < 0) return;
        c.Key = globals;
        c.Version = globals.Version;
        c.Value = f.Builtins;
        c.Index = ix;
        c.Kind = InlineCacheKind.Builtin;
    }
}
