using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// An instance of a Python class whose nearest builtin base is <c>object</c>: a type, its attributes
/// (unless <c>__slots__</c> removed the <c>__dict__</c>) and the slot values.
/// <para>
/// The attributes are kept as CPython 3.11 keeps them: values in an array indexed by the class's
/// <see cref="InstanceKeys"/> (shared by all its instances), no dict until someone asks for
/// <c>__dict__</c> (<see cref="Dict"/>), which then holds them from that moment on. The iteration order of
/// that dict is the instance's own insertion order, as a dict's would be: while the values were set in key
/// order (the usual case: every <c>__init__</c> sets the same names in the same order) the order is the
/// keys', otherwise <see cref="_order"/> lists the key indexes in insertion order (CPython's per-instance
/// insertion order bytes). A name the keys cannot take (more than 30, or no exact str) also makes the dict.
/// </para>
/// </summary>
public sealed class PyInstance : PyObject
{
    /// <summary>The attributes as a dict: after <see cref="Dict"/> was asked for, or when the values could not
    /// stay inline, or for a builtin class (which has no shared keys). Null while <see cref="_values"/> holds them.</summary>
    private PyDict? _dict;
    /// <summary>The attribute values indexed by <c>Type.InstanceKeys</c> (null: not set); null when the
    /// attributes live in <see cref="_dict"/> or the class has no <c>__dict__</c>. Slots of a struct rather than
    /// references, so that a store is a plain store (an array of a class type checks each store's type).</summary>
    private ValueSlot[]? _values;
    /// <summary>The key indexes of the set values in insertion order, when that is not index order.</summary>
    private byte[]? _order;
    /// <summary>Without <see cref="_order"/>: one past the highest index holding a value; with it, its length.</summary>
    private byte _n;
    private readonly PyObject?[]? _slots;

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
                // Sized for the names the class's instances have had so far: usually all an __init__ sets.
                int n = (type.InstanceKeys ??= new InstanceKeys()).Count;
                _values = n == 0 ? [] : new ValueSlot[n];
            }
            else
                _dict = new PyDict();
        }
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    /// <summary>The <c>__dict__</c>: made from the inline values on first use, and from then on the one place
    /// the attributes live (so that changes through it and through attribute access see each other).</summary>
    public override PyDict? Dict
    {
        get
        {
            if (_values is not null) Materialize();
            return _dict;
        }
        set
        {
            _dict = value;
            _values = null;
            _order = null;
            _n = 0;
        }
    }

    public override Span<PyObject?> SlotValues => _slots;

    /// <summary>The dict field as it is (null while the values are inline), without the virtual call (the VM's
    /// inline caches).</summary>
    internal PyDict? InstanceDict => _dict;
    internal PyObject?[]? InstanceSlots => _slots;

    /// <summary>The inline values indexed by the class's keys (null entries: not set), or null when the
    /// attributes live in a dict or there are none (gc's referents and refcount walks).</summary>
    internal ValueSlot[]? InlineValues => _values;

    /// <summary>The attribute values become a real dict in insertion order (CPython's
    /// make_dict_from_instance_attributes): on <c>__dict__</c>, on <c>__class__</c> assignment (the new class
    /// has other keys), or when a name cannot join the keys.</summary>
    internal void Materialize()
    {
        var values = _values;
        if (values is null) return;
        var names = Type.InstanceKeys!.Names;
        var d = new PyDict();
        if (_order is { } order)
        {
            for (int j = 0; j < _n; j++)
            {
                int i = order[j];
                d.SetStr(names[i], values[i].Value!);
            }
        }
        else
        {
            for (int i = 0; i < _n; i++)
                if (values[i].Value is { } v) d.SetStr(names[i], v);
        }
        _dict = d;
        _values = null;
        _order = null;
        _n = 0;
    }

    /// <summary>The attribute <paramref name="name"/> the instance itself holds (its <c>__dict__</c> entry),
    /// without making a dict of inline values; null when absent.</summary>
    internal static PyObject? OwnAttribute(PyObject obj, PyStr name)
    {
        PyDict? dict;
        if (obj is PyInstance pi)
        {
            if (pi._values is { } values)
            {
                int k = pi.Type.InstanceKeys!.IndexOf(name);
                return (uint)k < (uint)values.Length ? values[k].Value : null;
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
        if (_values is not null)
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
        if (_values is not null)
        {
            int k = Type.InstanceKeys!.IndexOf(name);
            return k >= 0 && RemoveValue(k) ? 1 : 0;
        }
        if (_dict is null) return -1;
        return _dict.DelStr(name) ? 1 : 0;
    }

    /// <summary>Stores the value of key <paramref name="k"/> (the VM's STORE_ATTR cache and the generic path):
    /// a replacement is one store, a new attribute also records its place in the insertion order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void StoreValue(int k, PyObject value)
    {
        var values = _values!;
        if ((uint)k < (uint)values.Length)
        {
            ref var slot = ref values[k].Value;
            if (slot is not null || (k >= _n && _order is null))
            {
                if (slot is null) _n = (byte)(k + 1);
                slot = value;
                return;
            }
        }
        AddValue(k, value);
    }

    private void AddValue(int k, PyObject value)
    {
        var values = _values!;
        if (k >= values.Length)
        {
            // The keys grew since this instance was made: room for all of them, and a few more while the
            // class is young (its first instances meet its names one by one).
            int size = Math.Max(Type.InstanceKeys!.Count, Math.Min(Math.Max(values.Length * 2, 4), InstanceKeys.MaxSize));
            Array.Resize(ref values, size);
            _values = values;
        }
        if (values[k].Value is not null)
        {
            values[k].Value = value;
            return;
        }
        if (_order is null)
        {
            if (k >= _n)
            {
                values[k].Value = value;
                _n = (byte)(k + 1);
                return;
            }
            // Set out of key order: from now on the order is recorded.
            var order = new byte[InstanceKeys.MaxSize];
            int count = 0;
            for (int i = 0; i < _n; i++)
                if (values[i].Value is not null) order[count++] = (byte)i;
            _order = order;
            _n = (byte)count;
        }
        _order[_n++] = (byte)k;
        values[k].Value = value;
    }

    private bool RemoveValue(int k)
    {
        var values = _values!;
        if ((uint)k >= (uint)values.Length || values[k].Value is null) return false;
        values[k].Value = null;
        if (_order is { } order)
        {
            int j = Array.IndexOf(order, (byte)k, 0, _n);
            Array.Copy(order, j + 1, order, j, _n - j - 1);
            _n--;
        }
        else if (k == _n - 1)
        {
            int n = k;
            while (n > 0 && values[n - 1].Value is null) n--;
            _n = (byte)n;
        }
        return true;
    }
}
