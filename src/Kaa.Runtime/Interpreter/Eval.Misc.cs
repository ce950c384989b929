using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>SETUP_ANNOTATIONS, the imports, PRINT_EXPR, and the pattern-matching instructions.</summary>
    private static bool MiscOp(ThreadState ts, PyFrame f, OpCode op, int arg, ValueSlot[] fast, ref int sp)
    {
        switch (op)
        {
            case OpCode.SetupAnnotations:
            {
                var locals = f.Locals;
                if (locals is null)
                {
                    ts.SetError(PyExc.SystemError, "no locals found when setting up annotations");
                    return false;
                }
                var key = PyStr.Intern("__annotations__");
                if (locals is PyDict d)
                {
                    if (!d.TryGetStr(key, out _)) d.SetStr(key, new PyDict());
                    return true;
                }
                var existing = Protocols.GetItem(ts, locals, key);
                if (existing is not null) return true;
                if (!ts.ErrorMatches(PyExc.KeyError)) return false;
                ts.ClearError();
                return Protocols.SetItem(ts, locals, key, new PyDict()) == 0;
            }
            case OpCode.ImportName:
            {
                var fromlist = fast[--sp].Value!;
                var level = fast[sp - 1].Value!;
                fast[sp].Value = null;
                var module = ImportSupport.ImportName(ts, f, f.Code.Names[arg], fromlist, level);
                if (module is null) return false;
                fast[sp - 1].Value = module;
                return true;
            }
            case OpCode.ImportFrom:
            {
                var r = ImportSupport.ImportFrom(ts, fast[sp - 1].Value!, f.Code.Names[arg]);
                if (r is null) return false;
                fast[sp++].Value = r;
                return true;
            }
            case OpCode.ImportStar:
            {
                var module = fast[--sp].Value!;
                fast[sp].Value = null;
                return ImportSupport.ImportStar(ts, f, module);
            }
            case OpCode.PrintExpr:
            {
                var value = fast[--sp].Value!;
                fast[sp].Value = null;
                var hook = ts.Interp.Sys.Namespace.GetStr("displayhook");
                if (hook is null)
                {
                    ts.SetError(PyExc.RuntimeError, "lost sys.displayhook");
                    return false;
                }
                return Protocols.Call1(ts, hook, value) is not null;
            }
            default:
                return PatternMatching.Execute(ts, op, arg, fast, ref sp);
        }
    }
}
