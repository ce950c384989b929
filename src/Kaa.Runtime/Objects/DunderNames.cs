namespace Kaa.Runtime;

/// <summary>The dunder names the slot dispatchers look up, interned once (an intern-table lookup per
/// dispatch costs more than the dispatch).</summary>
internal static class DunderNames
{
    internal static readonly PyStr __bool__ = PyStr.Intern("__bool__");
    internal static readonly PyStr __name__ = PyStr.Intern("__name__");
    internal static readonly PyStr __call__ = PyStr.Intern("__call__");
    internal static readonly PyStr __contains__ = PyStr.Intern("__contains__");
    internal static readonly PyStr __delattr__ = PyStr.Intern("__delattr__");
    internal static readonly PyStr __delete__ = PyStr.Intern("__delete__");
    internal static readonly PyStr __delitem__ = PyStr.Intern("__delitem__");
    internal static readonly PyStr __get__ = PyStr.Intern("__get__");
    internal static readonly PyStr __getattr__ = PyStr.Intern("__getattr__");
    internal static readonly PyStr __getattribute__ = PyStr.Intern("__getattribute__");
    internal static readonly PyStr __getitem__ = PyStr.Intern("__getitem__");
    internal static readonly PyStr __hash__ = PyStr.Intern("__hash__");
    internal static readonly PyStr __init__ = PyStr.Intern("__init__");
    internal static readonly PyStr __ipow__ = PyStr.Intern("__ipow__");
    internal static readonly PyStr __iter__ = PyStr.Intern("__iter__");
    internal static readonly PyStr __len__ = PyStr.Intern("__len__");
    internal static readonly PyStr __new__ = PyStr.Intern("__new__");
    internal static readonly PyStr __next__ = PyStr.Intern("__next__");
    internal static readonly PyStr __pow__ = PyStr.Intern("__pow__");
    internal static readonly PyStr __repr__ = PyStr.Intern("__repr__");
    internal static readonly PyStr __rpow__ = PyStr.Intern("__rpow__");
    internal static readonly PyStr __set__ = PyStr.Intern("__set__");
    internal static readonly PyStr __setattr__ = PyStr.Intern("__setattr__");
    internal static readonly PyStr __setitem__ = PyStr.Intern("__setitem__");
    internal static readonly PyStr __str__ = PyStr.Intern("__str__");
}
