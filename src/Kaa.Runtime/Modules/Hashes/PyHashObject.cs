namespace Kaa.Runtime;

/// <summary>A hash object of _md5, _sha1, _sha256, _sha512, _sha3 or _blake2: a <see cref="HashState"/>
/// behind a lock-free single-thread use (the GIL serialises updates).</summary>
internal sealed class PyHashObject : PyObject
{
    internal HashState State;

    internal PyHashObject(PyType type, HashState state) : base(type) => State = state;
}
