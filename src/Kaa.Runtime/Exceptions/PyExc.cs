namespace Kaa.Runtime;

/// <summary>
/// The builtin exception types of CPython 3.11 (Objects/exceptions.c), as one table: name and bases,
/// bases before subclasses. Process-wide and immutable, like every builtin type. Classes whose instances
/// carry extra attributes (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) install them in
/// their own files under Exceptions/ through <see cref="PyBaseException.InstallSubclass"/>.
/// </summary>
public static class PyExc
{
    public static readonly PyType BaseException, BaseExceptionGroup, Exception, GeneratorExit, KeyboardInterrupt,
        SystemExit, ArithmeticError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
        LookupError, MemoryError, NameError, OSError, ReferenceError, RuntimeError, StopAsyncIteration,
        StopIteration, SyntaxError, SystemError, TypeError, ValueError, Warning, BlockingIOError, BytesWarning,
        ChildProcessError, ConnectionError, DeprecationWarning, EncodingWarning, ExceptionGroup, FileExistsError,
        FileNotFoundError, FloatingPointError, FutureWarning, ImportWarning, IndentationError, IndexError,
        InterruptedError, IsADirectoryError, KeyError, ModuleNotFoundError, NotADirectoryError,
        NotImplementedError, OverflowError, PendingDeprecationWarning, PermissionError, ProcessLookupError,
        RecursionError, ResourceWarning, RuntimeWarning, SyntaxWarning, TimeoutError, UnboundLocalError,
        UnicodeError, UnicodeWarning, UserWarning, ZeroDivisionError, BrokenPipeError, ConnectionAbortedError,
        ConnectionRefusedError, ConnectionResetError, TabError, UnicodeDecodeError, UnicodeEncodeError,
        UnicodeTranslateError;

    /// <summary>Every builtin exception type, bases first, with the names builtins exposes
    /// (EnvironmentError and IOError are aliases of OSError).</summary>
    public static readonly PyType[] All;

    static PyExc()
    {
        var all = new List<PyType>();
        PyType Make(string name, PyType? @base, PyType? second = null)
        {
            var t = PyBaseException.CreateType(name, @base, second);
            all.Add(t);
            return t;
        }

        BaseException = Make("BaseException", null);
        Exception = Make("Exception", BaseException);
        BaseExceptionGroup = Make("BaseExceptionGroup", BaseException);
        GeneratorExit = Make("GeneratorExit", BaseException);
        KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
        SystemExit = Make("SystemExit", BaseException);
        ArithmeticError = Make("ArithmeticError", Exception);
        AssertionError = Make("AssertionError", Exception);
        AttributeError = Make("AttributeError", Exception);
        BufferError = Make("BufferError", Exception);
        EOFError = Make("EOFError", Exception);
        ImportError = Make("ImportError", Exception);
        LookupError = Make("LookupError", Exception);
        MemoryError = Make("MemoryError", Exception);
        NameError = Make("NameError", Exception);
        OSError = Make("OSError", Exception);
        ReferenceError = Make("ReferenceError", Exception);
        RuntimeError = Make("RuntimeError", Exception);
        StopAsyncIteration = Make("StopAsyncIteration", Exception);
        StopIteration = Make("StopIteration", Exception);
        SyntaxError = Make("SyntaxError", Exception);
        SystemError = Make("SystemError", Exception);
        TypeError = Make("TypeError", Exception);
        ValueError = Make("ValueError", Exception);
        Warning = Make("Warning", Exception);
        BlockingIOError = Make("BlockingIOError", OSError);
        BytesWarning = Make("BytesWarning", Warning);
        ChildProcessError = Make("ChildProcessError", OSError);
        ConnectionError = Make("ConnectionError", OSError);
        DeprecationWarning = Make("DeprecationWarning", Warning);
        EncodingWarning = Make("EncodingWarning", Warning);
        ExceptionGroup = Make("ExceptionGroup", BaseExceptionGroup, Exception);
        FileExistsError = Make("FileExistsError", OSError);
        FileNotFoundError = Make("FileNotFoundError", OSError);
        FloatingPointError = Make("FloatingPointError", ArithmeticError);
        FutureWarning = Make("FutureWarning", Warning);
        ImportWarning = Make("ImportWarning", Warning);
        IndentationError = Make("IndentationError", SyntaxError);
        IndexError = Make("IndexError", LookupError);
        InterruptedError = Make("InterruptedError", OSError);
        IsADirectoryError = Make("IsADirectoryError", OSError);
        KeyError = Make("KeyError", LookupError);
        ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
        NotADirectoryError = Make("NotADirectoryError", OSError);
        NotImplementedError = Make("NotImplementedError", RuntimeError);
        OverflowError = Make("OverflowError", ArithmeticError);
        PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
        PermissionError = Make("PermissionError", OSError);
        ProcessLookupError = Make("ProcessLookupError", OSError);
        RecursionError = Make("RecursionError", RuntimeError);
        ResourceWarning = Make("ResourceWarning", Warning);
        RuntimeWarning = Make("RuntimeWarning", Warning);
        SyntaxWarning = Make("SyntaxWarning", Warning);
        TimeoutError = Make("TimeoutError", OSError);
        UnboundLocalError = Make("UnboundLocalError", NameError);
        UnicodeError = Make("UnicodeError", ValueError);
        UnicodeWarning = Make("UnicodeWarning", Warning);
        UserWarning = Make("UserWarning", Warning);
        ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        BrokenPipeError = Make("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Make("ConnectionResetError", ConnectionError);
        TabError = Make("TabError", IndentationError);
        UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);

        PyBaseException.InstallAll();
        GenericAliasSlots.AddClassGetItem(BaseExceptionGroup);
        foreach (var t in all) t.Ready();
        All = all.ToArray();
    }
}
