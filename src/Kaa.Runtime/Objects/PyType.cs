namespace Kaa.Runtime;

/// <summary>
/// A Python type (<c>type</c> and every class). Builtin types are process-wide immutable singletons,
/// created once and shared by every interpreter (Python cannot change them: setting an attribute on
/// a builtin type raises TypeError); classes made by Python code are heap types owned by their
/// interpreter. Behaviour lives in the slots (<see cref="PyType.Slots"/> partial): a builtin type fills
/// them with C# functions, a class gets a slot for each dunder it defines (or inherits), as
/// CPython's <c>update_slot</c> does.
/// </summary>
public sealed partial class PyType : PyObject
{
    /// <summary><c>tp_name</c>: "int", "collections.OrderedDict", or a class's <c>__name__</c>.</summary>
    public string Name;

    public string QualName;

    /// <summary><c>tp_base</c>: the "solid" base whose instance layout this type extends (null for object).</summary>
    public PyType? Base;

    /// <summary><c>__bases__</c>.</summary>
    public PyType[] Bases;

    /// <summary><c>__mro__</c>, this type first.</summary>
    public PyType[] Mro = [];

    /// <summary>The type's namespace (<c>__dict__</c> is a read-only mappingproxy over it).</summary>
    public readonly PyDict Namespace;

    public TypeFlags Flags;

    /// <summary>Number of <c>__slots__</c> members an instance stores (inherited ones included).</summary>
    public int SlotCount;

    /// <summary>Incremented whenever this type or a base changes, so attribute caches can check validity
    /// (CPython's tp_version_tag).</summary>
    public uint VersionTag;

    /// <summary>The attribute names of this class's instances (CPython's ht_cached_keys): a heap type with a
    /// <c>__dict__</c> gets them with its first instance (<see cref="PyInstance"/>).</summary>
    internal InstanceKeys? InstanceKeys;

    private PyType(PyType? metatype, string name, PyType? solidBase, PyType[] bases, TypeFlags flags, PyDict? ns = null)
        : base(metatype!)
    {
        Name = name;
        int dot = name.LastIndexOf('.');
        QualName = dot >= 0 ? name[(dot + 1)..] : name;
        Base = solidBase;
        Bases = bases;
        Flags = flags;
        Namespace = ns ?? new PyDict();
    }

    /// <summary>A class made by Python code (type_new): owned by its interpreter, mutable.</summary>
    internal static PyType CreateHeapType(PyType metatype, string name, PyType solidBase, PyType[] bases, PyDict ns, TypeFlags flags)
        => new(metatype, name, solidBase, bases, flags | TypeFlags.HeapType, ns) { QualName = name };

    /// <summary>Instances of Python subclasses of <c>type</c> (metaclasses) are types themselves; their
    /// extra state lives in the class namespace, so no C# subclass is needed.</summary>
    internal bool IsMetaclassInstance => Type != BuiltinTypes.Type;

    public bool IsHeapType => (Flags & TypeFlags.HeapType) != 0;

    /// <summary>Python can subclass it (Py_TPFLAGS_BASETYPE).</summary>
    public bool IsBaseType => (Flags & TypeFlags.BaseType) != 0;

    /// <summary>Instances carry a <c>__dict__</c>.</summary>
    public bool HasInstanceDict => (Flags & TypeFlags.HasInstanceDict) != 0;

    /// <summary>The <c>__module__</c> for repr: the part of a builtin's tp_name before the last dot, else "builtins".</summary>
    public string ModuleName
    {
        get
        {
            int dot = Name.LastIndexOf('.');
            return dot >= 0 ? Name[..dot] : "builtins";
        }
    }

    /// <summary>PyType_IsSubtype: by the MRO (or the base chain while the MRO is not yet computed).</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        if (mro.Length > 0)
        {
            foreach (var t in mro)
                if (ReferenceEquals(t, other)) return true;
            return false;
        }
        for (var t = Base; t is not null; t = t.Base)
            if (ReferenceEquals(t, other)) return true;
        return ReferenceEquals(other, Object);
    }

    /// <summary>
    /// _PyType_Lookup: the attribute <paramref name="name"/> in the namespaces along the MRO, without
    /// descriptor binding and without raising; null when absent.
    /// </summary>
    public PyObject? Lookup(PyStr name)
    {
        // Interned names (nearly all attribute names) are cached per heap type; others walk the MRO.
        if (IsHeapType && name.IsInterned) return CachedLookup(name);
        return WalkMro(name);
    }

    public PyObject? Lookup(string name) => Lookup(PyStr.Intern(name));

    /// <summary><see cref="Lookup(PyStr)"/> without filling the class's lookup cache.</summary>
    internal PyObject? LookupUncached(PyStr name) => WalkMro(name);

    /// <summary>PyType_Modified: the namespace of this class changed; caches keyed on it (and on its
    /// subclasses) become invalid.</summary>
    public void Modified(ThreadState ts)
    {
        VersionTag++;
        foreach (var sub in ts.Interp.SubclassesOf(this)) sub.Modified(ts);
    }

    /// <summary>Finishes a heap type made by class creation: inherited slots, then the dunder dispatchers.</summary>
    internal void ReadyHeapType(ThreadState ts)
    {
        InheritSlotsFromMro();
        HeapTypeSlots.FixupAll(ts, this);
    }

    private void InheritSlotsFromMro() => InheritSlots();

    public override string ToString() => $"<class '{Name}'>";

    // ---- builtin type construction -------------------------------------------------------------

    /// <summary>
    /// Creates a builtin (static) type. Call <see cref="Ready"/> after filling its slots and members.
    /// </summary>
    public static PyType CreateBuiltin(string name, PyType? @base, TypeFlags flags = TypeFlags.BaseType)
    {
        var b = @base ?? Object;
        return new PyType(TypeType, name, b, [b], flags | TypeFlags.Builtin);
    }

    /// <summary>
    /// A builtin type defined by a C# module (<c>itertools.count</c>, <c>_io.FileIO</c>): created, given its
    /// slots and members by <paramref name="install"/>, and readied at once. Keep it in a
    /// <c>static readonly</c> field of the module's code: like the core builtin types it is process-wide
    /// and immutable after this call. <paramref name="name"/> is CPython's tp_name ("module.Name").
    /// </summary>
    public static PyType CreateStatic(string name, PyType? @base, TypeFlags flags, Action<PyType> install)
    {
        _ = BuiltinTypes.All;
        var t = CreateBuiltin(name, @base, flags);
        install(t);
        t.Ready();
        return t;
    }

    /// <summary>As <see cref="CreateStatic(string, PyType?, TypeFlags, Action{PyType})"/> with several bases
    /// (the first is the solid base).</summary>
    public static PyType CreateStatic(string name, PyType[] bases, TypeFlags flags, Action<PyType> install)
    {
        _ = BuiltinTypes.All;
        var t = new PyType(TypeType, name, bases[0], bases, flags | TypeFlags.Builtin);
        install(t);
        t.Ready();
        return t;
    }

    /// <summary>
    /// PyType_Ready: computes the MRO, inherits slots from the bases, and exposes the slots as
    /// <c>__dunder__</c> wrappers in the namespace. After this a builtin type never changes.
    /// </summary>
    public void Ready()
    {
        Mro = Bases.Length > 1 ? Runtime.Mro.Compute(null, this)! : ComputeBuiltinMro();
        // type_ready_set_new: a builtin type directly under object that has no allocator of its own
        // cannot be instantiated from Python (it does not inherit object.__new__).
        if (New is null && Base == Object && this != Object) Flags |= TypeFlags.NoNew;
        // Types made before dict itself got namespaces whose type field was still unset.
        if (Namespace.Type is null) Namespace.Type = BuiltinTypes.Dict;
        SlotWrappers.AddMissing(this);
        InheritSlots();
        // type_ready_set_hash: a type left without tp_hash is unhashable, and says so in its namespace.
        if (Hash is null && !Namespace.TryGetStr(PyStr.Intern("__hash__"), out _))
            Namespace.SetStr(PyStr.Intern("__hash__"), PyNone.Instance);
        if (!Namespace.TryGetStr(PyStr.Intern("__doc__"), out _))
            Namespace.SetStr(PyStr.Intern("__doc__"), PyNone.Instance);
    }

    private PyType[] ComputeBuiltinMro()
    {
        // Builtin types have single inheritance: the MRO is the base chain.
        var list = new List<PyType>();
        for (PyType? t = this; t is not null; t = t.Base) list.Add(t);
        return list.ToArray();
    }

    /// <summary><c>object</c>.</summary>
    public static PyType Object => BuiltinTypes.Object;

    /// <summary><c>type</c>.</summary>
    public static PyType TypeType => BuiltinTypes.Type;

    /// <summary>object and type, made together because each is an instance of the other.</summary>
    internal static (PyType Object, PyType Type) CreateRoots()
    {
        var obj = new PyType(null, "object", null, [], TypeFlags.BaseType | TypeFlags.Builtin);
        var type = new PyType(null, "type", obj, [obj], TypeFlags.BaseType | TypeFlags.Builtin | TypeFlags.HasInstanceDict);
        obj.Type = type;
        type.Type = type;
        return (obj, type);
    }
}

[Flags]
public enum TypeFlags
{
    None = 0,
    /// <summary>Created by a class statement or type(): mutable, owned by an interpreter.</summary>
    HeapType = 1 << 0,
    /// <summary>Can be subclassed.</summary>
    BaseType = 1 << 1,
    /// <summary>Instances have a <c>__dict__</c>.</summary>
    HasInstanceDict = 1 << 2,
    /// <summary>A builtin type, shared by all interpreters and immutable.</summary>
    Builtin = 1 << 3,
    /// <summary>Has abstract methods left (instantiation raises TypeError).</summary>
    IsAbstract = 1 << 4,
    /// <summary>Instances support weak references.</summary>
    HasWeakrefs = 1 << 5,
    /// <summary>Instances match sequence patterns (Py_TPFLAGS_SEQUENCE).</summary>
    Sequence = 1 << 6,
    /// <summary>Instances match mapping patterns (Py_TPFLAGS_MAPPING).</summary>
    Mapping = 1 << 7,
    /// <summary>The type is a subclass of BaseException (fast checks in the VM).</summary>
    BaseExceptionSubclass = 1 << 8,
    /// <summary>Instances cannot be created from Python (tp_new left NULL, not inherited).</summary>
    NoNew = 1 << 9,
    /// <summary>A class pattern with one positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF).</summary>
    MatchSelf = 1 << 10,
}
