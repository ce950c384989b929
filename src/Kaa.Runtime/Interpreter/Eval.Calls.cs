using System.Runtime.CompilerServices;
using Kaa.Compiler.Code;

namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>
    /// Makes the frame for a call of a Python function from the VM: true with <paramref name="callee"/> set
    /// (null when binding the arguments failed, the error set). The caller continues in the same loop.
    /// </summary>
    private static bool TryPushFrame(ThreadState ts, PyFrame caller, PyFunction func, ValueSlot[] stack, int argsStart, int total, PyTuple? kwnames, out PyFrame? callee)
    {
        if (ts.RecursionDepth + ts.NativeDepth >= ts.Interp.RecursionLimit)
        {
            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded");
            callee = null;
            return true;
        }
        var frame = PyFrame.ForCall(func);
        if (kwnames is null && func.Code.ExactPositionalArity == total)
        {
            // Exactly the positional parameters (an __init__ the VM runs, a method called with its self):
            // the arguments move straight into the first locals.
            var locals = frame.Fast;
            for (int i = 0; i < total; i++) locals[i].Value = stack[argsStart + i].Value;
        }
        else if (!BindArguments(ts, func, frame.Fast, ValueSlot.AsObjects(stack, argsStart, total), kwnames))
        {
            PyFrame.Recycle(frame);
            callee = null;
            return true;
        }
        callee = EnterFrame(ts, caller, frame);
        return true;
    }

    /// <summary>
    /// <c>cls(args)</c> for a class whose metaclass is <c>type</c>, that creates instances with
    /// <c>object.__new__</c> and initialises them with a Python <c>__init__</c>: makes the instance and the
    /// frame of <c>__init__</c> (self first, from the slot that held the class), which the VM runs in its own
    /// loop; when that frame returns None the call evaluates to the instance (type_call's steps, without
    /// recursing on the .NET stack). False when the class is not such a class.
    /// </summary>
    private static bool TryPushInitFrame(ThreadState ts, PyFrame caller, PyType cls, ValueSlot[] stack, int argsStart, int total, PyTuple? kwnames, out PyFrame? callee)
    {
        callee = null;
        if (cls.Type != BuiltinTypes.Type || !ReferenceEquals(cls.New, ObjectSlots.ObjectNewSlot)
            || !ReferenceEquals(cls.Init, HeapTypeSlots.InitDispatcher) || (cls.Flags & TypeFlags.IsAbstract) != 0
            || cls.Lookup(DunderNames.__init__) is not PyFunction init || init.Type != BuiltinTypes.Function)
            return false;
        // type_call runs in CPython's C-call check (_PyObject_MakeTpCall) before __init__'s frame starts.
        if (!ts.EnterNative(" while calling a Python object")) return true;
        ts.LeaveNative();
        var instance = PyInstance.Create(cls);
        if (cls.Finalize is not null) FinalizerRegistry.Track(ts, instance);
        // The class's slot (just below the arguments) becomes self.
        stack[argsStart - 1].Value = instance;
        if (!TryPushFrame(ts, caller, init, stack, argsStart - 1, total + 1, kwnames, out callee)) return false;
        if (callee is not null) callee.InitInstance = instance;
        return true;
    }

    /// <summary>
    /// CALL of a method descriptor with its self (<c>lst.append(x)</c>, <c>d.get(k)</c> after LOAD_METHOD):
    /// the method's own function straight away, as CPython 3.11's PRECALL_NO_KW_METHOD_DESCRIPTOR_O/_NOARGS/
    /// _FAST do, instead of through tp_call, the descriptor's argument checks and MethodDef.Invoke. The C-call
    /// recursion check stays.
    /// </summary>
    private static PyObject? CallMethodDescriptor(ThreadState ts, PyMethodDescriptor md, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        if (args.Length - nkw < 1 || args[0].Type != md.Owner && !args[0].Type.IsSubtypeOf(md.Owner))
            return Protocols.Call(ts, md, args, kwnames); // its errors
        var self = args[0];
        var def = md.Def;
        if (!ts.EnterNative(" while calling a Python object")) return null;
        var result = def.Kind switch
        {
            MethodKind.Fast => def.Fast!(ts, self, args[1..], kwnames),
            MethodKind.OneArg when args.Length == 2 && nkw == 0 => def.OneArg!(ts, self, args[1]),
            MethodKind.NoArgs when args.Length == 1 => def.NoArgs!(ts, self),
            _ => def.Invoke(ts, self, args[1..], kwnames),
        };
        ts.LeaveNative();
        if (result is null && !ts.HasError) return ts.SystemError($"{md.Type.Name} returned NULL without setting an exception");
        return result;
    }

    /// <summary>
    /// <c>str(x)</c> and <c>type(x)</c> with one positional argument, as CPython 3.11's PRECALL_NO_KW_STR_1 and
    /// PRECALL_NO_KW_TYPE_1 do them: the object's str or type straight away, without the type call's argument
    /// parsing, <c>__new__</c> and <c>__init__</c> (a third of <c>'k' + str(i)</c>'s time).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? CallStrOrType(ThreadState ts, PyType callable, PyObject arg)
        => callable == BuiltinTypes.Str ? Protocols.Str(ts, arg) : arg.Type;

    /// <summary>Calls a Python function from C# (tp_call of function): a new frame run to completion.</summary>
    public static PyObject? CallFunction(ThreadState ts, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var frame = PyFrame.ForCall(func);
        if (!BindArguments(ts, func, frame.Fast, args, kwnames))
        {
            PyFrame.Recycle(frame);
            return null;
        }
        return Run(ts, frame);
    }

    /// <summary>
    /// Places a call's arguments into a new frame's locals (CPython's initialize_locals): positional
    /// parameters, *args, keywords, **kwargs, defaults, with CPython's TypeError messages.
    /// </summary>
    internal static bool BindArguments(ThreadState ts, PyFunction func, ValueSlot[] locals, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var co = code.Code;
        int argcount = co.ArgCount;
        int kwonly = co.KwOnlyArgCount;
        int total = argcount + kwonly;
        bool hasVarargs = (co.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarkw = (co.Flags & CodeFlags.VarKeywords) != 0;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;

        // Fast path: exactly the positional parameters.
        if (nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && kwonly == 0)
        {
            for (int i = 0; i < npos; i++) locals[i].Value = args[i];
            return true;
        }

        PyDict? kwdict = null;
        int varkwIndex = total + (hasVarargs ? 1 : 0);
        if (hasVarkw)
        {
            kwdict = new PyDict();
            locals[varkwIndex].Value = kwdict;
        }
        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) locals[i].Value = args[i];
        if (hasVarargs)
        {
            locals[total].Value = npos > argcount ? PyTuple.FromSpan(args[argcount..npos]) : PyTuple.Empty;
        }

        for (int k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames!.Items[k];
            var value = args[npos + k];
            // The names are usually the same interned objects as the parameters': compare references first,
            // then contents (CPython's two loops).
            var names = code.LocalsPlusNames;
            int index = -1;
            for (int j = co.PosOnlyArgCount; j < total; j++)
                if (ReferenceEquals(names[j], name)) { index = j; break; }
            if (index < 0)
                for (int j = co.PosOnlyArgCount; j < total; j++)
                    if (names[j].EqualsStr(name)) { index = j; break; }
            if (index < 0)
            {
                if (kwdict is not null)
                {
                    kwdict.SetStr(name, value);
                    continue;
                }
                // Positional-only names passed by keyword get their own message.
                if (co.PosOnlyArgCount > 0 && PositionalOnlyPassedAsKeyword(ts, func, kwnames)) return false;
                ts.SetError(PyExc.TypeError, $"{QualName(func)}() got an unexpected keyword argument '{name}'");
                return false;
            }
            if (locals[index].Value is not null)
            {
                ts.SetError(PyExc.TypeError, $"{QualName(func)}() got multiple values for argument '{name}'");
                return false;
            }
            locals[index].Value = value;
        }
        // Too many positionals is reported after the keywords' errors, as CPython checks them.
        if (!hasVarargs && npos > argcount)
        {
            TooManyPositional(ts, func, npos, locals);
            return false;
        }

        // Defaults for missing positional parameters.
        if (npos < argcount)
        {
            int ndefs = func.Defaults?.Length ?? 0;
            int firstDefault = argcount - ndefs;
            List<string>? missing = null;
            for (int i = npos; i < argcount; i++)
            {
                if (locals[i].Value is not null) continue;
                if (i >= firstDefault) locals[i].Value = func.Defaults!.Items[i - firstDefault];
                else (missing ??= []).Add(code.LocalsPlusNames[i].ToString());
            }
            if (missing is not null)
            {
                MissingArguments(ts, func, missing, "positional");
                return false;
            }
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            var kd = func.KwDefaults;
            // MAKE_FUNCTION's dict holds the defaults in parameter order, keyed by the parameters' own name
            // objects: the next entry is tried first (a reference compare, no hashing), then a lookup.
            int entry = 0;
            for (int i = argcount; i < total; i++)
            {
                var name = code.LocalsPlusNames[i];
                if (locals[i].Value is not null)
                {
                    if (kd is not null && kd.GetStrAt(entry, name) is not null) entry++;
                    continue;
                }
                if (kd is not null && kd.GetStrAt(entry, name) is { } hit)
                {
                    locals[i].Value = hit;
                    entry++;
                }
                else if (kd is not null && kd.TryGetStr(name, out var dv)) locals[i].Value = dv;
                else (missing ??= []).Add(name.ToString());
            }
            if (missing is not null)
            {
                MissingArguments(ts, func, missing, "keyword-only");
                return false;
            }
        }
        return true;
    }

    /// <summary>CPython's positional_only_passed_as_keyword: every positional-only parameter named among the
    /// keywords, in parameter order, in one message.</summary>
    private static bool PositionalOnlyPassedAsKeyword(ThreadState ts, PyFunction func, PyTuple kwnames)
    {
        var names = func.Code.LocalsPlusNames;
        List<string>? conflicts = null;
        for (int j = 0; j < func.Code.Code.PosOnlyArgCount; j++)
            for (int k = 0; k < kwnames.Length; k++)
                if (ReferenceEquals(names[j], kwnames.Items[k]) || names[j].EqualsStr((PyStr)kwnames.Items[k]))
                    (conflicts ??= []).Add(names[j].ToString());
        if (conflicts is null) return false;
        ts.SetError(PyExc.TypeError, $"{QualName(func)}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", conflicts)}'");
        return true;
    }

    private static string QualName(PyFunction f) => f.QualName is PyStr s ? s.ToString() : f.Code.QualName.ToString();

    private static void MissingArguments(ThreadState ts, PyFunction func, List<string> missing, string kind)
    {
        string names = missing.Count switch
        {
            1 => $"'{missing[0]}'",
            2 => $"'{missing[0]}' and '{missing[1]}'",
            _ => string.Join(", ", missing.Take(missing.Count - 1).Select(m => $"'{m}'")) + $", and '{missing[^1]}'",
        };
        ts.SetError(PyExc.TypeError, $"{QualName(func)}() missing {missing.Count} required {kind} argument{(missing.Count == 1 ? "" : "s")}: {names}");
    }

    private static void TooManyPositional(ThreadState ts, PyFunction func, int given, ValueSlot[] locals)
    {
        var co = func.Code.Code;
        int argcount = co.ArgCount;
        int ndefs = func.Defaults?.Length ?? 0;
        int kwGiven = 0;
        for (int i = argcount; i < argcount + co.KwOnlyArgCount; i++)
            if (locals[i].Value is not null) kwGiven++;
        string takes = ndefs > 0 ? $"from {argcount - ndefs} to {argcount}" : argcount.ToString();
        string plural = ndefs == 0 && argcount == 1 ? "" : "s";
        string kwPart = kwGiven > 0 ? $" positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")})" : "";
        string was = given == 1 && kwGiven == 0 ? "was" : "were";
        if (kwGiven > 0)
            ts.SetError(PyExc.TypeError, $"{QualName(func)}() takes {takes} positional argument{plural} but {given}{kwPart} were given");
        else
            ts.SetError(PyExc.TypeError, $"{QualName(func)}() takes {takes} positional argument{plural} but {given} {was} given");
    }

    /// <summary>CALL_FUNCTION_EX: f(*args, **kwargs). Stack: NULL, func, args tuple/iterable, [kwargs].</summary>
    private static PyObject? CallFunctionEx(ThreadState ts, ValueSlot[] fast, ref int sp, int flags)
    {
        PyObject? kwargs = null;
        if ((flags & 1) != 0)
        {
            kwargs = fast[--sp].Value;
            fast[sp].Value = null;
        }
        var callargs = fast[--sp].Value!;
        fast[sp].Value = null;
        var func = fast[sp - 1].Value!;
        fast[--sp].Value = null; // func; the NULL below becomes the result
        if (callargs is not PyTuple tuple || callargs.Type != BuiltinTypes.Tuple)
        {
            if (callargs.Type.Iter is null && callargs.Type.GetItem is null)
                return ts.TypeError($"{FunctionDescription(ts, func)} argument after * must be an iterable, not {callargs.Type.Name}");
            var items = Protocols.ToList(ts, callargs);
            if (items is null) return null;
            tuple = PyTuple.Create(items.ToArray());
        }
        PyDict? kwdict = null;
        if (kwargs is not null)
        {
            if (kwargs is PyDict d && kwargs.Type == BuiltinTypes.Dict) kwdict = d;
            else
            {
                kwdict = new PyDict();
                if (!DictMerge(ts, kwdict, kwargs, func)) return null;
            }
        }
        return ts.UseTracing ? Tracing.CallBuiltinWithDict(ts, func, tuple, kwdict) : Protocols.CallWithDict(ts, func, tuple, kwdict);
    }

    /// <summary>
    /// _PyObject_FunctionStr: how argument errors name the callee — "module.qualname()" ("qualname()" for
    /// builtins), or str() of an object without a __qualname__.
    /// </summary>
    internal static string FunctionDescription(ThreadState ts, PyObject func)
    {
        var saved = ts.FetchError();
        try
        {
            var qualname = Protocols.LookupAttr(ts, func, "__qualname__");
            if (qualname is null)
            {
                ts.ClearError();
                return Protocols.Str(ts, func) is PyStr s ? s.ToString() : "?";
            }
            var module = Protocols.LookupAttr(ts, func, "__module__");
            ts.ClearError();
            var q = Protocols.Str(ts, qualname)?.ToString() ?? "?";
            if (module is PyStr m && m.ToString() != "builtins") return $"{m}.{q}()";
            if (module is not null && module is not PyNone && module is not PyStr)
                return $"{Protocols.Str(ts, module)}.{q}()";
            return q + "()";
        }
        finally
        {
            ts.ClearError();
            ts.CurrentException = saved;
        }
    }

    /// <summary>MAKE_FUNCTION: code on top, then (by flag, top first) closure, annotations, kwdefaults, defaults.</summary>
    private static PyObject MakeFunction(PyFrame f, ValueSlot[] fast, ref int sp, int flags)
    {
        var code = (PyCode)fast[--sp].Value!;
        fast[sp].Value = null;
        var func = new PyFunction(code, f.Globals, f.Builtins, code.QualName);
        if ((flags & 8) != 0) { func.Closure = (PyTuple)fast[--sp].Value!; fast[sp].Value = null; }
        if ((flags & 4) != 0) { func.Annotations = fast[--sp].Value; fast[sp].Value = null; }
        if ((flags & 2) != 0) { func.KwDefaults = (PyDict)fast[--sp].Value!; fast[sp].Value = null; }
        if ((flags & 1) != 0) { func.Defaults = (PyTuple)fast[--sp].Value!; fast[sp].Value = null; }
        return func;
    }
}
