namespace Kaa.Runtime;

/// <summary>The slots and members of staticmethod, classmethod and property.</summary>
internal static partial class DescriptorSlots
{
    internal static void InstallStaticMethod(PyType type)
    {
        type.DescrGet = static (ts, self, instance, owner) => ((PyStaticMethod)self).Callable ?? ts.RuntimeError("uninitialized staticmethod object");
    }

    internal static void InstallClassMethod(PyType type)
    {
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var cm = (PyClassMethod)self;
            if (cm.Callable is null) return ts.RuntimeError("uninitialized classmethod object");
            var cls = owner ?? instance!.Type;
            return new PyMethod(cm.Callable, cls);
        };
    }

    internal static void InstallProperty(PyType type)
    {
    }
}
