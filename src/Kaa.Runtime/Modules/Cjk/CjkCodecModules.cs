namespace Kaa.Runtime;

/// <summary>
/// The codec collections <c>_codecs_cn</c>, <c>_codecs_hk</c>, <c>_codecs_iso2022</c>, <c>_codecs_jp</c>,
/// <c>_codecs_kr</c> and <c>_codecs_tw</c>: each a <c>getcodec(name)</c> returning a MultibyteCodec for the
/// encodings package's modules, and the names of CPython's mapping capsules.
/// </summary>
internal static class CjkCodecModules
{
    private static readonly CjkCodec[] s_cn =
        [new StatelessCjkCodec("gb2312"), new StatelessCjkCodec("gbk"), new StatelessCjkCodec("gb18030"), new HzCodec()];
    private static readonly CjkCodec[] s_hk = [new StatelessCjkCodec("big5hkscs")];
    private static readonly CjkCodec[] s_iso2022 =
    [
        new Iso2022Codec("iso2022_kr", noShift: false, useG2: false, jisx0208Ext: false),
        new Iso2022Codec("iso2022_jp", noShift: true, useG2: false, jisx0208Ext: true),
        new Iso2022Codec("iso2022_jp_1", noShift: true, useG2: false, jisx0208Ext: true),
        new Iso2022Codec("iso2022_jp_2", noShift: true, useG2: true, jisx0208Ext: true),
        new Iso2022Codec("iso2022_jp_2004", noShift: true, useG2: false, jisx0208Ext: true),
        new Iso2022Codec("iso2022_jp_3", noShift: true, useG2: false, jisx0208Ext: true),
        new Iso2022Codec("iso2022_jp_ext", noShift: true, useG2: false, jisx0208Ext: true),
    ];
    private static readonly CjkCodec[] s_jp =
    [
        new StatelessCjkCodec("shift_jis"), new StatelessCjkCodec("cp932"), new StatelessCjkCodec("euc_jp"),
        new StatelessCjkCodec("shift_jis_2004"), new StatelessCjkCodec("euc_jis_2004"),
        new StatelessCjkCodec("euc_jisx0213"), new StatelessCjkCodec("shift_jisx0213"),
    ];
    private static readonly CjkCodec[] s_kr = [new StatelessCjkCodec("euc_kr"), new StatelessCjkCodec("cp949"), new StatelessCjkCodec("johab")];
    private static readonly CjkCodec[] s_tw = [new StatelessCjkCodec("big5"), new StatelessCjkCodec("cp950")];

    internal static PyModule? CreateCn(ThreadState ts) => Create("_codecs_cn", s_cn, ["gb2312", "gbkext", "gbcommon", "gb18030ext"]);
    internal static PyModule? CreateHk(ThreadState ts) => Create("_codecs_hk", s_hk, ["big5hkscs", "big5hkscs_bmp", "big5hkscs_nonbmp"]);
    internal static PyModule? CreateIso2022(ThreadState ts) => Create("_codecs_iso2022", s_iso2022, []);
    internal static PyModule? CreateJp(ThreadState ts) => Create("_codecs_jp", s_jp,
    [
        "jisx0208", "jisx0212", "jisxcommon", "jisx0213_1_bmp", "jisx0213_2_bmp", "jisx0213_bmp",
        "jisx0213_1_emp", "jisx0213_2_emp", "jisx0213_emp", "jisx0213_pair", "cp932ext",
    ]);
    internal static PyModule? CreateKr(ThreadState ts) => Create("_codecs_kr", s_kr, ["ksx1001", "cp949", "cp949ext"]);
    internal static PyModule? CreateTw(ThreadState ts) => Create("_codecs_tw", s_tw, ["big5", "cp950ext"]);

    private static PyModule Create(string name, CjkCodec[] codecs, string[] maps)
    {
        var m = PyModule.Create(name, null);
        var def = new MethodDef("getcodec", (ts, self, arg) => GetCodec(ts, codecs, arg));
        m.AddFunction(def);
        foreach (var map in maps) m.Set("__map_" + map, CjkMapCapsule.Instance);
        return m;
    }

    private static PyObject? GetCodec(ThreadState ts, CjkCodec[] codecs, PyObject encoding)
    {
        if (encoding is not PyStr s) return ts.TypeError("encoding name must be a string.");
        string name = s.ToString();
        foreach (var codec in codecs)
            if (codec.Name == name) return new MultibyteCodecObject(codec);
        ts.SetError(PyExc.LookupError, "no such codec is supported.");
        return null;
    }
}
