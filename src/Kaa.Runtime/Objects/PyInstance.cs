using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// An instance of a Python class whose nearest builtin base is <c>object</c>: a type, its attributes
/// (unless <c>__slots__</c> removed the <c>__dict__</c>) and the slot values.
/// <para>
/// The attributes are kept as CPython 3.11 keeps them: values indexed by the class's
/// <see cref="InstanceKeys"/> (shared by all its instances), no dict until someone asks for
/// <c>__dict__</c> (<see cref="Dict"/>), which then holds them from that moment on. The first
/// <see cref="InlineCapacity"/> values live inside the object (a new instance is one allocation, a read one
/// memory access past the object), the others in an array. The iteration order of the dict is the
/// instance's own insertion order, as a dict's would be: while the values were set in key order (the usual
/// case: every <c>__init__</c> sets the same names in the same order) the order is the keys', otherwise
/// <see cref="_order"/> lists the key indexes in insertion order (CPython's per-instance insertion order
/// bytes). A name the keys cannot take (more than 30, or no exact str) also makes the dict.
/// </para>
/// </summary>
public sealed class PyInstance : PyObject
{
    /// <summary>Values kept inside the object: as many as most classes' instances have.</summary>
    internal const int InlineCapacity = 6;

    [InlineArray(InlineCapacity)]
    internal struct InlineSlots
    {
        private ValueSlot _first;
    }

    /// <summary>The attributes as a dict: after <see cref="Dict"/> was asked for, or when the values could not
    /// stay inline, or for a builtin class (which has no shared keys). Null while the values hold them.</summary>
    private PyDict? _dict;
    /// <summary>The values of keys <see cref="InlineCapacity"/> and up (null entries: not set).</summary>
    private ValueSlot[]? _more;
    /// <summary>The key indexes of the set values in insertion order, when that is not index order.</summary>
    private byte[]? _order;
    private readonly PyObject?[]? _slots;
    /// <summary>The values of the first keys (null entries: not set). Structs rather than references, so
    /// that a store is a plain store.</summary>
    private InlineSlots _inline;
    /// <summary>Without <see cref="_order"/>: one past the highest index holding a value; with it, its length.</summary>
    private byte _n;
    /// <summary>The attributes are the values (indexed by <c>Type.InstanceKeys</c>), not <see cref="_dict"/>.</summary>
    private bool _hasValues;

    /// <summary>
    /// A new instance of the Python class <paramref name="type"/>: a <see cref="PySlotsInstance"/> (the values
    /// inside the object) when the class has a few <c>__slots__</c> and no <c>__dict__</c>, else a PyInstance.
    /// </summary>
    public static PyObject Create(PyType type)
        => !type.HasInstanceDict && type.SlotCount is > 0 and <= PySlotsInstance.Capacity
            ? new PySlotsInstance(type)
            : new PyInstance(type);

    public PyInstance(PyType type) : base(type)
    {
        if (type.HasInstanceDict)
        {
            if (type.IsHeapType)
            {
                // The values beyond the inline ones get their array when the first of them is set (sized for
                // the class's keys then), so that a class whose keys grew long costs its small instances nothing.
                type.InstanceKeys ??= new InstanceKeys();
                _hasValues = true;
            }
            else
                _dict = new PyDict();
        }
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    /// <summary>The <c>__dict__</c>: made from the values on first use, and from then on the one place the
    /// attributes live (so that changes through it and through attribute access see each other).</summary>
    public override PyDict? Dict
    {
        get
        {
            if (_hasValues) Materialize();
            return _dict;
        }
        set
        {
            DropValues();
            _dict = value;
        }
    }

    public override Span<PyObject?> SlotValues => _slots;

    /// <summary>The dict field as it is (null while the values hold the attributes), without the virtual call
    /// (the VM's inline caches).</summary>
    internal PyDict? InstanceDict => _dict;
    internal PyObject?[]? InstanceSlots => _slots;

    /// <summary>The attributes are values indexed by the class's keys (no dict).</summary>
    internal bool HasValues => _hasValues;

    /// <summary>How many key indexes the values have room for (0 when the attributes are a dict).</summary>
    internal int ValueCapacity => _hasValues ? InlineCapacity + (_more?.Length ?? 0) : 0;

    /// <summary>The value of key <paramref name="k"/>, or null (not set, or no room for it yet).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? ValueAt(int k)
    {
        if ((uint)k < InlineCapacity) return _inline[k].Value;
        var more = _more;
        k -= InlineCapacity;
        return more is not null && (uint)k < (uint)more.Length ? more[k].Value : null;
    }

    /// <summary>The attribute values become a real dict in insertion order (CPython's
    /// make_dict_from_instance_attributes): on <c>__dict__</c>, on <c>__class__</c> assignment (the new class
    /// has other keys), or when a name cannot join the keys.</summary>
    internal void Materialize()
    {
        if (!_hasValues) return;
        var names = Type.InstanceKeys!.Names;
        var d = new PyDict();
        if (_order is { } order)
        {
            for (int j = 0; j < _n; j++)
            {
                int i = order[j];
                d.SetStr(names[i], ValueAt(i)!);
            }
        }
        else
        {
            for (int i = 0; i < _n; i++)
                if (ValueAt(i) is { } v) d.SetStr(names[i], v);
        }
        DropValues();
        _dict = d;
    }

    private void DropValues()
    {
        _hasValues = false;
        _inline = default;
        _more = null;
        _order = null;
        _n = 0;
    }

    /// <summary>The attribute <paramref name="name"/> the instance itself holds (its <c>__dict__</c> entry),
    /// without making a dict of the values; null when absent.</summary>
    internal static PyObject? OwnAttribute(PyObject obj, PyStr name)
    {
        PyDict? dict;
        if (obj is PyInstance pi)
        {
            if (pi._hasValues)
            {
                int k = pi.Type.InstanceKeys!.IndexOf(name);
                return k >= 0 ? pi.ValueAt(k) : null;
            }
            dict = pi._dict;
        }
        else
            dict = obj.Dict;
        return dict is not null && dict.Count > 0 && dict.TryGetStr(name, out var v) ? v : null;
    }

    /// <summary>Sets the attribute <paramref name="name"/> (object.__setattr__ found no data descriptor); false
    /// when the instance has no <c>__dict__</c> at all.</summary>
    internal bool SetOwnAttribute(PyStr name, PyObject value)
    {
        if (_hasValues)
        {
            int k = Type.InstanceKeys!.IndexOfOrAdd(name);
            if (k >= 0)
            {
                StoreValue(k, value);
                return true;
            }
            Materialize();
        }
        if (_dict is null) return false;
        _dict.SetStr(name, value);
        return true;
    }

    /// <summary>Deletes the attribute <paramref name="name"/>: 1 done, 0 absent, -1 no <c>__dict__</c> at all.</summary>
    internal int DeleteOwnAttribute(PyStr name)
    {
        if (_hasValues)
        {
            int k = Type.InstanceKeys!.IndexOf(name);
            return k >= 0 && RemoveValue(k) ? 1 : 0;
        }
        if (_dict is null) return -1;
        return _dict.DelStr(name) ? 1 : 0;
    }

    /// <summary>Stores the value of key <paramref name="k"/> (the VM's STORE_ATTR cache and the generic path;
    /// the attributes are values): replacing an inline value, or adding one past the others, is a store; the
    /// rest also records the insertion order or makes room.</summary>
    internal void StoreValue(int k, PyObject value)
    {
        if ((uint)k < InlineCapacity)
        {
            ref var slot = ref _inline[k].Value;
            if (slot is not null)
            {
                slot = value;
                return;
            }
            if (k >= _n && _order is null)
            {
                _n = (byte)(k + 1);
                slot = value;
                return;
            }
        }
        AddValue(k, value);
    }

    private void AddValue(int k, PyObject value)
    {
        ref var slot = ref SlotFor(k);
        if (slot.Value is not null)
        {
            slot.Value = value;
            return;
        }
        if (_order is null)
        {
            if (k >= _n)
            {
                slot.Value = value;
                _n = (byte)(k + 1);
                return;
            }
            // Set out of key order: from now on the order is recorded.
            var order = new byte[InstanceKeys.MaxSize];
            int count = 0;
            for (int i = 0; i < _n; i++)
                if (ValueAt(i) is not null) order[count++] = (byte)i;
            _order = order;
            _n = (byte)count;
        }
        _order[_n++] = (byte)k;
        slot.Value = value;
    }

    /// <summary>The place of key <paramref name="k"/>'s value, making room for it when the class's keys grew
    /// since this instance was made.</summary>
    private ref ValueSlot SlotFor(int k)
    {
        if (k < InlineCapacity) return ref _inline[k];
        int j = k - InlineCapacity;
        var more = _more;
        if (more is null || j >= more.Length)
        {
            // Room for all the keys, and a few more while the class is young (its first instances meet its
            // names one by one).
            int size = Math.Max(Type.InstanceKeys!.Count - InlineCapacity, Math.Max((more?.Length ?? 0) * 2, 4));
            Array.Resize(ref more, Math.Min(size, InstanceKeys.MaxSize - InlineCapacity));
            _more = more;
        }
        return ref more[j];
    }

    private bool RemoveValue(int k)
    {
        if (ValueAt(k) is null) return false;
        SlotFor(k).Value = null;
        if (_order is { } order)
        {
            int j = Array.IndexOf(order, (byte)k, 0, _n);
            Array.Copy(order, j + 1, order, j, _n - j - 1);
            _n--;
        }
        else if (k == _n - 1)
        {
            int n = k;
            while (n > 0 && ValueAt(n - 1) is null) n--;
            _n = (byte)n;
        }
        return true;
    }
}
