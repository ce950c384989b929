using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// A filter chain in unmanaged memory (lzma_filter[5] and each filter's options), built from Python filter
/// specifiers (dicts with an "id" and the filter's options) as CPython's lzma_filter_converter builds it.
/// liblzma copies what it needs when a coder is initialised, so the chain is freed right after.
/// </summary>
internal sealed unsafe class LzmaFilterChain : IDisposable
{
    public readonly LzmaFilterNative* Filters;

    private LzmaFilterChain()
    {
        Filters = (LzmaFilterNative*)NativeMemory.AllocZeroed((nuint)(sizeof(LzmaFilterNative) * (LzmaNative.FiltersMax + 1)));
        for (int i = 0; i <= LzmaNative.FiltersMax; i++) Filters[i].Id = LzmaNative.VliUnknown;
    }

    public void Dispose()
    {
        for (int i = 0; i <= LzmaNative.FiltersMax; i++)
            if (Filters[i].Options is not null) NativeMemory.Free(Filters[i].Options);
        NativeMemory.Free(Filters);
    }

    /// <summary>parse_filter_chain_spec: a sequence of at most four specifiers.</summary>
    public static LzmaFilterChain? Parse(ThreadState ts, PyObject specs)
    {
        long count = Protocols.Length(ts, specs);
        if (count < 0) return null;
        if (count > LzmaNative.FiltersMax)
        {
            ts.SetError(PyExc.ValueError, $"Too many filters - liblzma supports a maximum of {LzmaNative.FiltersMax}");
            return null;
        }
        var chain = new LzmaFilterChain();
        for (int i = 0; i < count; i++)
        {
            var spec = Protocols.GetItem(ts, specs, PyInt.Create(i));
            if (spec is null || !ParseFilter(ts, spec, &chain.Filters[i]))
            {
                chain.Dispose();
                return null;
            }
        }
        return chain;
    }

    /// <summary>A chain of one filter (for _encode_filter_properties).</summary>
    public static LzmaFilterChain? ParseOne(ThreadState ts, PyObject spec)
    {
        var chain = new LzmaFilterChain();
        if (ParseFilter(ts, spec, &chain.Filters[0])) return chain;
        chain.Dispose();
        return null;
    }

    /// <summary>lzma_filter_converter: the "id", then the options that filter takes.</summary>
    private static bool ParseFilter(ThreadState ts, PyObject spec, LzmaFilterNative* filter)
    {
        if (spec.Type.GetItem is null)
        {
            ts.SetError(PyExc.TypeError, "Filter specifier must be a dict or dict-like object");
            return false;
        }
        var idObj = Protocols.GetItem(ts, spec, PyStr.Intern("id"));
        if (idObj is null)
        {
            if (ts.ErrorMatches(PyExc.KeyError)) ts.SetError(PyExc.ValueError, "Filter specifier must have an \"id\" entry");
            return false;
        }
        if (!ToUInt64(ts, idObj, out ulong id)) return false;
        void* options;
        switch (id)
        {
            case LzmaNative.FILTER_LZMA1 or LzmaNative.FILTER_LZMA2:
                options = ParseLzmaOptions(ts, spec);
                break;
            case LzmaNative.FILTER_DELTA:
                options = ParseOptions(ts, spec, "delta", ["dist"], [1], static (o, v) =>
                {
                    ((uint*)o)[0] = 0;  // LZMA_DELTA_TYPE_BYTE
                    ((uint*)o)[1] = v[0];
                });
                break;
            case LzmaNative.FILTER_X86 or LzmaNative.FILTER_POWERPC or LzmaNative.FILTER_IA64 or LzmaNative.FILTER_ARM
                or LzmaNative.FILTER_ARMTHUMB or LzmaNative.FILTER_SPARC:
                options = ParseOptions(ts, spec, "BCJ", ["start_offset"], [0], static (o, v) => ((uint*)o)[0] = v[0]);
                break;
            default:
                ts.SetError(PyExc.ValueError, $"Invalid filter ID: {id}");
                return false;
        }
        if (options is null) return false;
        filter->Id = id;
        filter->Options = options;
        return true;
    }

    private static readonly string[] s_lzmaOptionNames = ["dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];

    /// <summary>parse_filter_spec_lzma: a preset's options, overridden by those the dict gives.</summary>
    private static void* ParseLzmaOptions(ThreadState ts, PyObject spec)
    {
        uint preset = 6;  // LZMA_PRESET_DEFAULT
        var presetObj = Protocols.GetItem(ts, spec, PyStr.Intern("preset"));
        if (presetObj is null)
        {
            if (!ts.ErrorMatches(PyExc.KeyError)) return null;
            ts.ClearError();
        }
        else if (!ToUInt32(ts, presetObj, "uint32_t", out preset)) return null;
        var options = (LzmaOptionsLzma*)NativeMemory.AllocZeroed(LzmaNative.OptionsBlockSize);
        if (LzmaNative.LzmaPreset(options, preset) != 0)
        {
            NativeMemory.Free(options);
            ts.SetError(LzmaModule.Error(ts), $"Invalid compression preset: {preset}");
            return null;
        }
        if (spec is not PyDict dict || !ReadOptions(ts, dict, s_lzmaOptionNames, ["preset"], out var given))
        {
            NativeMemory.Free(options);
            ts.ClearError();
            ts.SetError(PyExc.ValueError, "Invalid filter specifier for LZMA filter");
            return null;
        }
        uint* fields = stackalloc uint[8];
        fields[0] = options->DictSize; fields[1] = options->Lc; fields[2] = options->Lp; fields[3] = options->Pb;
        fields[4] = options->Mode; fields[5] = options->NiceLen; fields[6] = options->Mf; fields[7] = options->Depth;
        for (int i = 0; i < 8; i++) if (given[i] is { } v) fields[i] = v;
        options->DictSize = fields[0]; options->Lc = fields[1]; options->Lp = fields[2]; options->Pb = fields[3];
        options->Mode = fields[4]; options->NiceLen = fields[5]; options->Mf = fields[6]; options->Depth = fields[7];
        return options;
    }

    private delegate void FillOptions(void* options, uint[] values);

    /// <summary>parse_filter_spec_delta / _bcj: one uint32 option with a default.</summary>
    private static void* ParseOptions(ThreadState ts, PyObject spec, string kind, string[] names, uint[] defaults, FillOptions fill)
    {
        if (spec is not PyDict dict || !ReadOptions(ts, dict, names, [], out var given))
        {
            ts.ClearError();
            ts.SetError(PyExc.ValueError, $"Invalid filter specifier for {kind} filter");
            return null;
        }
        var values = new uint[names.Length];
        for (int i = 0; i < names.Length; i++) values[i] = given[i] ?? defaults[i];
        void* options = NativeMemory.AllocZeroed(LzmaNative.OptionsBlockSize);
        fill(options, values);
        return options;
    }

    /// <summary>
    /// The dict's entries as keyword arguments (PyArg_ParseTupleAndKeywords over the dict): every key one of
    /// "id", <paramref name="ignored"/> or <paramref name="names"/>, each named value a uint32. False on any
    /// problem (the caller replaces the error with its ValueError).
    /// </summary>
    private static bool ReadOptions(ThreadState ts, PyDict dict, string[] names, string[] ignored, out uint?[] given)
    {
        given = new uint?[names.Length];
        foreach (var key in dict.KeysSnapshot())
        {
            if (key is not PyStr k) return false;
            string name = k.ToString();
            if (name == "id" || Array.IndexOf(ignored, name) >= 0) continue;
            int index = Array.IndexOf(names, name);
            if (index < 0) return false;
            if (dict.TryGetItem(ts, key, out var value) != 1) return false;
            string type = name == "mode" ? "lzma_mode" : name == "mf" ? "lzma_match_finder" : "uint32_t";
            if (!ToUInt32(ts, value!, type, out uint v)) return false;
            given[index] = v;
        }
        return true;
    }

    /// <summary>PyLong_AsUnsignedLongLong: an int (no __index__), not negative, below 2**64.</summary>
    internal static bool ToUInt64(ThreadState ts, PyObject obj, out ulong value)
    {
        value = 0;
        if (obj is not PyInt i)
        {
            ts.SetError(PyExc.TypeError, "an integer is required");
            return false;
        }
        var big = i.Value;
        if (big.Sign < 0)
        {
            ts.SetError(PyExc.OverflowError, "can't convert negative int to unsigned");
            return false;
        }
        if (big > ulong.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "int too big to convert");
            return false;
        }
        value = (ulong)big;
        return true;
    }

    /// <summary>CPython's uint32_converter (also for the lzma_mode and lzma_match_finder enums).</summary>
    internal static bool ToUInt32(ThreadState ts, PyObject obj, string typeName, out uint value)
    {
        value = 0;
        if (!ToUInt64(ts, obj, out ulong v)) return false;
        if (v > uint.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, $"Value too large for {typeName} type");
            return false;
        }
        value = (uint)v;
        return true;
    }

    /// <summary>build_filter_spec: the dict _decode_filter_properties returns for decoded options.</summary>
    public static PyObject? BuildSpec(ThreadState ts, LzmaFilterNative* filter)
    {
        var spec = new PyDict();
        void Add(string key, ulong value) => spec.SetStr(PyStr.Intern(key), PyInt.Create(new System.Numerics.BigInteger(value)));
        Add("id", filter->Id);
        switch (filter->Id)
        {
            case LzmaNative.FILTER_LZMA1:
            {
                var o = (LzmaOptionsLzma*)filter->Options;
                Add("lc", o->Lc);
                Add("lp", o->Lp);
                Add("pb", o->Pb);
                Add("dict_size", o->DictSize);
                break;
            }
            case LzmaNative.FILTER_LZMA2:
                Add("dict_size", ((LzmaOptionsLzma*)filter->Options)->DictSize);
                break;
            case LzmaNative.FILTER_DELTA:
                Add("dist", ((uint*)filter->Options)[1]);
                break;
            case LzmaNative.FILTER_X86 or LzmaNative.FILTER_POWERPC or LzmaNative.FILTER_IA64 or LzmaNative.FILTER_ARM
                or LzmaNative.FILTER_ARMTHUMB or LzmaNative.FILTER_SPARC:
                // liblzma leaves the options out when the offset is zero (CPython then reads a null pointer).
                Add("start_offset", filter->Options is null ? 0 : ((uint*)filter->Options)[0]);
                break;
            default:
                return ts.ValueError($"Invalid filter ID: {filter->Id}");
        }
        return spec;
    }
}
