namespace Kaa.Runtime;

/// <summary>The C3 linearisation of a class's bases (<c>type.mro()</c>), with CPython's error messages.</summary>
internal static class Mro
{
    /// <summary>The MRO of <paramref name="type"/> from its <see cref="PyType.Bases"/>; null with TypeError set when inconsistent.</summary>
    public static PyType[]? Compute(ThreadState? ts, PyType type)
    {
        var bases = type.Bases;
        if (bases.Length == 0) return [type];
        if (bases.Length == 1)
        {
            var single = new PyType[bases[0].Mro.Length + 1];
            single[0] = type;
            bases[0].Mro.CopyTo(single, 1);
            return single;
        }
        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (bases[i] == bases[j])
                {
                    ts?.SetError(PyExc.TypeError, $"duplicate base class {bases[i].Name}");
                    return null;
                }
        var sequences = new List<List<PyType>>();
        foreach (var b in bases) sequences.Add([.. b.Mro]);
        sequences.Add([.. bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                bool inTail = false;
                foreach (var other in sequences)
                    if (other.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail)
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate is null)
            {
                // CPython lists the remaining heads of the bases, in order, without duplicates.
                var names = new List<string>();
                foreach (var seq in sequences)
                    if (!names.Contains(seq[0].Name)) names.Add(seq[0].Name);
                ts?.SetError(PyExc.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names));
                return null;
            }
            result.Add(candidate);
            foreach (var seq in sequences)
                if (seq.Count > 0 && seq[0] == candidate) seq.RemoveAt(0);
        }
    }
}
