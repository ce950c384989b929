namespace Kaa.Runtime;

/// <summary>
/// Every builtin type object, created in one explicit order at first use (process-wide, immutable
/// afterwards). Three phases, because the types refer to one another: (1) create every type object,
/// so any type can be named; (2) let each type's file install its slots and members; (3) ready them,
/// bases first (MRO, slot inheritance, slot wrappers).
/// <para>To add a builtin type: a field here, a line in phase 1 and in phase 2; its file has
/// <c>internal static void Install(PyType type)</c>.</para>
/// </summary>
public static class BuiltinTypes
{
    public static readonly PyType Object;
    public static readonly PyType Type;

    // Singletons' types.
    public static readonly PyType NoneType;
    public static readonly PyType NotImplementedType;
    public static readonly PyType Ellipsis;

    // Numbers.
    public static readonly PyType Int;
    public static readonly PyType Bool;
    public static readonly PyType Float;
    public static readonly PyType Complex;

    // Text and binary.
    public static readonly PyType Str;
    public static readonly PyType Bytes;
    public static readonly PyType ByteArray;
    public static readonly PyType MemoryView;

    // Containers.
    public static readonly PyType Tuple;
    public static readonly PyType List;
    public static readonly PyType Dict;
    public static readonly PyType Set;
    public static readonly PyType FrozenSet;
    public static readonly PyType Range;
    public static readonly PyType Slice;

    // Functions, methods, descriptors.
    public static readonly PyType Function;
    public static readonly PyType BuiltinFunction;
    public static readonly PyType Method;
    public static readonly PyType MethodDescriptor;
    public static readonly PyType ClassMethodDescriptor;
    public static readonly PyType WrapperDescriptor;
    public static readonly PyType MethodWrapper;
    public static readonly PyType GetSetDescriptor;
    public static readonly PyType MemberDescriptor;
    public static readonly PyType StaticMethod;
    public static readonly PyType ClassMethod;
    public static readonly PyType Property;
    public static readonly PyType Super;
    public static readonly PyType MappingProxy;

    // Execution.
    public static readonly PyType Code;
    public static readonly PyType Frame;
    public static readonly PyType Traceback;
    public static readonly PyType Cell;
    public static readonly PyType Module;
    public static readonly PyType Generator;
    public static readonly PyType Coroutine;
    public static readonly PyType AsyncGenerator;
    public static readonly PyType CoroutineWrapper;
    public static readonly PyType AsyncGenASend;
    public static readonly PyType AsyncGenAThrow;
    public static readonly PyType AsyncGenWrappedValue;
    public static readonly PyType AnextAwaitable;

    // Iterators.
    public static readonly PyType SeqIterator;
    public static readonly PyType CallableIterator;
    public static readonly PyType StrIterator;
    public static readonly PyType StrAsciiIterator;
    public static readonly PyType BytesIterator;
    public static readonly PyType ByteArrayIterator;
    public static readonly PyType MemoryIterator;
    public static readonly PyType SetIterator;
    public static readonly PyType DictKeyIterator;
    public static readonly PyType DictValueIterator;
    public static readonly PyType DictItemIterator;
    public static readonly PyType DictReverseKeyIterator;
    public static readonly PyType DictReverseValueIterator;
    public static readonly PyType DictReverseItemIterator;

    // Dict views.
    public static readonly PyType DictKeys;
    public static readonly PyType DictValues;
    public static readonly PyType DictItems;
    public static readonly PyType ListIterator;
    public static readonly PyType ListReverseIterator;
    public static readonly PyType TupleIterator;
    public static readonly PyType RangeIterator;
    public static readonly PyType LongRangeIterator;
    public static readonly PyType Enumerate;
    public static readonly PyType Zip;
    public static readonly PyType Map;
    public static readonly PyType Filter;
    public static readonly PyType Reversed;

    // Typing support.
    public static readonly PyType GenericAlias;
    public static readonly PyType GenericAliasIterator;
    public static readonly PyType UnionType;

    static BuiltinTypes()
    {
        // Phase 1: create.
        (Object, Type) = PyType.CreateRoots();
        const TypeFlags Final = TypeFlags.None;
        NoneType = Create("NoneType", null, Final);
        NotImplementedType = Create("NotImplementedType", null, Final);
        Ellipsis = Create("ellipsis", null, Final);

        Int = Create("int", null);
        Bool = Create("bool", Int, Final);
        Float = Create("float", null);
        Complex = Create("complex", null);

        Str = Create("str", null);
        Bytes = Create("bytes", null);
        ByteArray = Create("bytearray", null);
        MemoryView = Create("memoryview", null, Final | TypeFlags.Sequence);

        Tuple = Create("tuple", null, TypeFlags.BaseType | TypeFlags.Sequence);
        List = Create("list", null, TypeFlags.BaseType | TypeFlags.Sequence);
        Dict = Create("dict", null, TypeFlags.BaseType | TypeFlags.Mapping);
        Set = Create("set", null);
        FrozenSet = Create("frozenset", null);
        Range = Create("range", null, TypeFlags.Sequence);
        Slice = Create("slice", null, Final);

        Function = Create("function", null, TypeFlags.HasInstanceDict);
        BuiltinFunction = Create("builtin_function_or_method", null, Final);
        Method = Create("method", null, Final);
        MethodDescriptor = Create("method_descriptor", null, Final);
        ClassMethodDescriptor = Create("classmethod_descriptor", null, Final);
        WrapperDescriptor = Create("wrapper_descriptor", null, Final);
        MethodWrapper = Create("method-wrapper", null, Final);
        GetSetDescriptor = Create("getset_descriptor", null, Final);
        MemberDescriptor = Create("member_descriptor", null, Final);
        StaticMethod = Create("staticmethod", null, TypeFlags.BaseType | TypeFlags.HasInstanceDict);
        ClassMethod = Create("classmethod", null, TypeFlags.BaseType | TypeFlags.HasInstanceDict);
        Property = Create("property", null);
        Super = Create("super", null);
        MappingProxy = Create("mappingproxy", null, Final | TypeFlags.Mapping);

        Code = Create("code", null, Final);
        Frame = Create("frame", null, Final);
        Traceback = Create("traceback", null, Final);
        Cell = Create("cell", null, Final);
        Module = Create("module", null, TypeFlags.BaseType | TypeFlags.HasInstanceDict);
        Generator = Create("generator", null, Final);
        Coroutine = Create("coroutine", null, Final);
        AsyncGenerator = Create("async_generator", null, Final);
        CoroutineWrapper = Create("coroutine_wrapper", null, Final);
        AsyncGenASend = Create("async_generator_asend", null, Final);
        AsyncGenAThrow = Create("async_generator_athrow", null, Final);
        AsyncGenWrappedValue = Create("async_generator_wrapped_value", null, Final);
        AnextAwaitable = Create("anext_awaitable", null, Final);

        SeqIterator = Create("iterator", null, Final);
        CallableIterator = Create("callable_iterator", null, Final);
        StrIterator = Create("str_iterator", null, Final);
        StrAsciiIterator = Create("str_ascii_iterator", null, Final);
        BytesIterator = Create("bytes_iterator", null, Final);
        ByteArrayIterator = Create("bytearray_iterator", null, Final);
        MemoryIterator = Create("memory_iterator", null, Final);
        SetIterator = Create("set_iterator", null, Final);
        DictKeyIterator = Create("dict_keyiterator", null, Final);
        DictValueIterator = Create("dict_valueiterator", null, Final);
        DictItemIterator = Create("dict_itemiterator", null, Final);
        DictReverseKeyIterator = Create("dict_reversekeyiterator", null, Final);
        DictReverseValueIterator = Create("dict_reversevalueiterator", null, Final);
        DictReverseItemIterator = Create("dict_reverseitemiterator", null, Final);
        DictKeys = Create("dict_keys", null, Final);
        DictValues = Create("dict_values", null, Final);
        DictItems = Create("dict_items", null, Final);
        ListIterator = Create("list_iterator", null, Final);
        ListReverseIterator = Create("list_reverseiterator", null, Final);
        TupleIterator = Create("tuple_iterator", null, Final);
        RangeIterator = Create("range_iterator", null, Final);
        LongRangeIterator = Create("longrange_iterator", null, Final);
        Enumerate = Create("enumerate", null);
        Zip = Create("zip", null);
        Map = Create("map", null);
        Filter = Create("filter", null);
        Reversed = Create("reversed", null);
        GenericAlias = Create("types.GenericAlias", null, TypeFlags.BaseType | TypeFlags.HasWeakrefs);
        GenericAliasIterator = Create("generic_alias_iterator", null, Final);
        UnionType = Create("types.UnionType", null, Final);

        foreach (var t in new[] { Int, Bool, Float, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet })
            t.Flags |= TypeFlags.MatchSelf;
        // The builtin types whose instances can be weakly referenced (a nonzero __weakrefoffset__ in CPython).
        foreach (var t in new[] { Type, Set, FrozenSet, Function, BuiltinFunction, Method, Code, Generator, Coroutine, AsyncGenerator, Module })
            t.Flags |= TypeFlags.HasWeakrefs;

        // Phase 2: install slots and members (each type's own file).
        ObjectSlots.Install(Object);
        TypeSlots.Install(Type);
        PyNone.Install(NoneType);
        PyNotImplemented.Install(NotImplementedType);
        PyEllipsis.Install(Ellipsis);
        PyInt.Install(Int);
        PyBool.Install(Bool);
        PyFloat.Install(Float);
        PyStr.Install(Str);
        PyTuple.Install(Tuple);
        PyList.Install(List);
        PyDict.Install(Dict);
        PyFunction.Install(Function);
        PyBuiltinFunction.Install(BuiltinFunction);
        PyMethod.Install(Method);
        PyMethodDescriptor.Install(MethodDescriptor);
        PyClassMethodDescriptor.Install(ClassMethodDescriptor);
        PyWrapperDescriptor.Install(WrapperDescriptor);
        PyMethodWrapper.Install(MethodWrapper);
        PyGetSetDescriptor.Install(GetSetDescriptor);
        PyMemberDescriptor.Install(MemberDescriptor);
        PyStaticMethod.Install(StaticMethod);
        PyClassMethod.Install(ClassMethod);
        PyProperty.Install(Property);
        PyMappingProxy.Install(MappingProxy);
        PySuper.Install(Super);
        GeneratorSlots.Install(Generator);
        GeneratorSlots.Install(Coroutine);
        GeneratorSlots.Install(AsyncGenerator);
        PyCoroutineWrapper.Install(CoroutineWrapper);
        PyAnextAwaitable.Install(AnextAwaitable);
        PyAsyncGenASend.Install(AsyncGenASend);
        PyAsyncGenAThrow.Install(AsyncGenAThrow);
        PyAsyncGenWrappedValue.Install(AsyncGenWrappedValue);
        PySet.Install(Set);
        PyFrozenSet.Install(FrozenSet);
        PySlice.Install(Slice);
        PyComplex.Install(Complex);
        PyBytes.Install(Bytes);
        PyByteArray.Install(ByteArray);
        PyMemoryView.Install(MemoryView);
        PyBytesIterator.Install(BytesIterator);
        PyBytesIterator.Install(ByteArrayIterator);
        PyMemoryIterator.Install(MemoryIterator);
        PyCode.Install(Code);
        PyFrame.Install(Frame);
        PyTraceback.Install(Traceback);
        PyCell.Install(Cell);
        PyModule.Install(Module);
        PySeqIterator.Install(SeqIterator);
        PyCallableIterator.Install(CallableIterator);
        PyStrIterator.Install(StrIterator);
        PyStrIterator.Install(StrAsciiIterator);
        PySetIterator.Install(SetIterator);
        PyDictIterator.Install(DictKeyIterator);
        PyDictIterator.Install(DictValueIterator);
        PyDictIterator.Install(DictItemIterator);
        PyDictIterator.Install(DictReverseKeyIterator);
        PyDictIterator.Install(DictReverseValueIterator);
        PyDictIterator.Install(DictReverseItemIterator);
        PyDictView.InstallKeys(DictKeys);
        PyDictView.InstallValues(DictValues);
        PyDictView.InstallItems(DictItems);
        PyRange.Install(Range);
        PyListIterator.Install(ListIterator);
        PyListReverseIterator.Install(ListReverseIterator);
        PyTupleIterator.Install(TupleIterator);
        PyRangeIterator.Install(RangeIterator);
        PyLongRangeIterator.Install(LongRangeIterator);
        PyEnumerate.Install(Enumerate);
        PyZip.Install(Zip);
        PyMap.Install(Map);
        PyFilter.Install(Filter);
        PyReversed.Install(Reversed);
        PyGenericAlias.Install(GenericAlias);
        PyGenericAliasIterator.Install(GenericAliasIterator);
        PyUnionType.Install(UnionType);
        foreach (var t in new[] { List, Dict, Tuple, Set, FrozenSet, Enumerate, MappingProxy, AsyncGenerator })
            GenericAliasSlots.AddClassGetItem(t);

        // Phase 3: ready, every base before its subclasses (creation order guarantees it).
        Object.Ready();
        Type.Ready();
        foreach (var t in s_created) t.Ready();
        All = [Object, Type, .. s_created];
        s_created = null!;
    }

    /// <summary>Every builtin type, bases before subclasses.</summary>
    public static readonly PyType[] All;

    // Used only while the static constructor runs.
    private static List<PyType> s_created = [];

    private static PyType Create(string name, PyType? @base, TypeFlags flags = TypeFlags.BaseType)
    {
        var t = PyType.CreateBuiltin(name, @base, flags);
        s_created.Add(t);
        return t;
    }
}
