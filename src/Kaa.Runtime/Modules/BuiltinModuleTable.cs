using System.Collections.Frozen;

namespace Kaa.Runtime;

/// <summary>
/// Creates one builtin module for an interpreter: a fresh module object with its functions, types and
/// constants (CPython's PyInit_xxx plus its exec slot). Returns null with the exception set on failure.
/// Per-interpreter mutable state belongs in the module's namespace or in
/// <see cref="Interpreter.GetModuleState{T}"/>, never in static fields.
/// </summary>
public delegate PyModule? BuiltinModuleInit(ThreadState ts);

/// <summary>
/// The modules written in C# (CPython's <c>PyImport_Inittab</c>): <c>sys.builtin_module_names</c>, and what
/// <c>_imp.create_builtin</c> can create. <c>sys</c> and <c>builtins</c> are made with the interpreter itself.
/// <para>To add a module: one line here; the module's code lives in its own folder under <c>Modules/</c>
/// (<c>Modules/Math/MathModule.cs</c>: <c>internal static PyModule? Create(ThreadState ts)</c>).</para>
/// </summary>
public static class BuiltinModuleTable
{
    private static readonly FrozenDictionary<string, BuiltinModuleInit> s_table = new Dictionary<string, BuiltinModuleInit>
    {
        // One line per module, kept sorted by name.
        ["_abc"] = AbcModule.Create,
        ["_asyncio"] = AsyncioModule.Create,
        ["_ast"] = AstModule.Create,
        ["_bisect"] = BisectModule.Create,
        ["_bz2"] = Bz2Module.Create,
        ["_blake2"] = HashModules.CreateBlake2,
        ["_codecs"] = CodecsModule.Create,
        ["_codecs_cn"] = CjkCodecModules.CreateCn,
        ["_codecs_hk"] = CjkCodecModules.CreateHk,
        ["_codecs_iso2022"] = CjkCodecModules.CreateIso2022,
        ["_codecs_jp"] = CjkCodecModules.CreateJp,
        ["_codecs_kr"] = CjkCodecModules.CreateKr,
        ["_codecs_tw"] = CjkCodecModules.CreateTw,
        ["_collections"] = CollectionsModule.Create,
        ["_contextvars"] = ContextvarsModule.Create,
        ["_crypt"] = CryptModule.Create,
        ["_csv"] = CsvModule.Create,
        ["_datetime"] = DatetimeModule.Create,
        ["_dbm"] = DbmModule.Create,
        ["_elementtree"] = ElementTreeModule.Create,
        ["_functools"] = FunctoolsModule.Create,
        ["_hashlib"] = HashlibModule.Create,
        ["_heapq"] = HeapqModule.Create,
        ["_imp"] = ImpModule.Create,
        ["_io"] = IoModule.Create,
        ["_json"] = JsonModule.Create,
        ["_pickle"] = PickleModule.Create,
        ["_locale"] = LocaleModule.Create,
        ["_lsprof"] = LsprofModule.Create,
        ["_lzma"] = LzmaModule.Create,
        ["_md5"] = HashModules.CreateMd5,
        ["_multibytecodec"] = MultibyteCodecModule.Create,
        ["_opcode"] = OpcodeModule.Create,
        ["_operator"] = OperatorModule.Create,
        ["_multiprocessing"] = MultiprocessingModule.Create,
        ["_posixshmem"] = PosixShmemModule.Create,
        ["_posixsubprocess"] = PosixSubprocessModule.Create,
        ["_queue"] = QueueModule.Create,
        ["_random"] = RandomModule.Create,
        ["_sha1"] = HashModules.CreateSha1,
        ["_sha256"] = HashModules.CreateSha256,
        ["_sha3"] = HashModules.CreateSha3,
        ["_sha512"] = HashModules.CreateSha512,
        ["_signal"] = SignalModule.Create,
        ["_socket"] = SocketModule.Create,
        ["_sqlite3"] = SqliteModule.Create,
        ["_sre"] = Kaa.Runtime.Modules.Sre.SreModule.Create,
        ["_ssl"] = SslModule.Create,
        ["_stat"] = StatModule.Create,
        ["_statistics"] = StatisticsModule.Create,
        ["_string"] = StringModule.Create,
        ["_struct"] = StructModule.Create,
        ["_symtable"] = SymtableModule.Create,
        ["_thread"] = ThreadModule.Create,
        ["_tokenize"] = TokenizeModule.Create,
        ["_tracemalloc"] = TracemallocModule.Create,
        ["_typing"] = TypingModule.Create,
        ["_uuid"] = UuidModule.Create,
        ["_warnings"] = WarningsModule.Create,
        ["_weakref"] = WeakrefModule.Create,
        ["_zoneinfo"] = ZoneinfoModule.Create,
        ["array"] = ArrayModule.Create,
        ["atexit"] = AtexitModule.Create,
        ["audioop"] = AudioopModule.Create,
        ["binascii"] = BinasciiModule.Create,
        ["cmath"] = CmathModule.Create,
        ["errno"] = ErrnoModule.Create,
        ["faulthandler"] = FaulthandlerModule.Create,
        ["fcntl"] = FcntlModule.Create,
        ["gc"] = GcModule.Create,
        ["grp"] = GrpModule.Create,
        ["itertools"] = ItertoolsModule.Create,
        ["marshal"] = MarshalModule.Create,
        ["math"] = MathModule.Create,
        ["mmap"] = MmapModule.Create,
        ["posix"] = PosixModule.Create,
        ["pyexpat"] = PyexpatModule.Create,
        ["pwd"] = PwdModule.Create,
        ["readline"] = ReadlineModule.Create,
        ["resource"] = ResourceModule.Create,
        ["select"] = SelectModule.Create,
        ["spwd"] = SpwdModule.Create,
        ["syslog"] = SyslogModule.Create,
        ["termios"] = TermiosModule.Create,
        ["time"] = TimeModule.Create,
        ["unicodedata"] = UnicodedataModule.Create,
        ["zlib"] = ZlibModule.Create,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>sys.builtin_module_names: the table's names with builtins and sys, sorted.</summary>
    public static readonly string[] Names = [.. s_table.Keys.Append("builtins").Append("sys").Order(StringComparer.Ordinal)];

    public static bool Contains(string name) => name is "sys" or "builtins" || s_table.ContainsKey(name);

    public static BuiltinModuleInit? Find(string name) => s_table.GetValueOrDefault(name);
}
