namespace Kaa.Runtime;

/// <summary><c>_random.Random</c>: a Mersenne Twister generator (random.Random subclasses it).</summary>
internal class PyRandom : PyObject
{
    internal readonly MersenneTwister Generator = new();

    internal PyRandom(PyType type) : base(type) { }

    /// <summary>Instances of Python subclasses (random.Random and its subclasses).</summary>
    internal sealed class Derived : PyRandom
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
