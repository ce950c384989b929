namespace Kaa.Runtime;

/// <summary>
/// A consumer of an iterator's items that needs no Python code to take one: sum's machine-word and double
/// accumulators, a list being extended. <see cref="Protocols.NextInto"/> hands it items until it declines
/// one. A plain generator driven this way runs its frame in one VM run: each yield of its own frame hands the
/// value to <see cref="Accept"/> and, when it is taken, goes straight on as if resumed by next(), instead of
/// leaving the VM and entering it again per item (the entry alone costs more than a small generator's body).
/// Accept runs while the generator is still executing, so it must not run Python code or otherwise be able
/// to observe or resume the generator; a consumer that would have to decline the item instead, and handle
/// it after the generator has suspended.
/// </summary>
internal abstract class ItemSink
{
    /// <summary>Takes <paramref name="item"/> (true), or declines it (false) so that the caller gets it as
    /// next()'s result. Never runs Python code; never sets an error.</summary>
    public abstract bool Accept(ThreadState ts, PyObject item);
}

public static partial class Protocols
{
    /// <summary>
    /// Advances <paramref name="iterator"/>, handing its items to <paramref name="sink"/> while it takes them:
    /// the first item it declines; or null with no error set when exhausted; or null with an error set.
    /// </summary>
    internal static PyObject? NextInto(ThreadState ts, PyObject iterator, ItemSink sink)
    {
        if (iterator is PyGenerator gen && gen.Type == BuiltinTypes.Generator && !gen.Running && !ts.UseTracing)
        {
            gen.Sink = sink;
            var item = Next(ts, gen);
            gen.Sink = null;
            return item;
        }
        var slot = iterator.Type.IterNext;
        if (slot is null) return Next(ts, iterator);
        while (true)
        {
            var item = slot(ts, iterator);
            if (item is null)
            {
                ClearStopIteration(ts);
                return null;
            }
            if (!sink.Accept(ts, item)) return item;
        }
    }
}
