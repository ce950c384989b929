using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>The instructions of the match statement: GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS.</summary>
internal static partial class PatternMatching
{
    public static bool Execute(ThreadState ts, OpCode op, int arg, PyObject?[] fast, ref int sp)
    {
        switch (op)
        {
            case OpCode.GetLen:
            {
                nint n = Protocols.Length(ts, fast[sp - 1]!);
                if (n < 0) return false;
                fast[sp++] = PyInt.Create((long)n);
                return true;
            }
            case OpCode.MatchMapping:
                fast[sp] = PyBool.From((fast[sp - 1]!.Type.Flags & TypeFlags.Mapping) != 0);
                sp++;
                return true;
            case OpCode.MatchSequence:
                fast[sp] = PyBool.From((fast[sp - 1]!.Type.Flags & TypeFlags.Sequence) != 0);
                sp++;
                return true;
        }
        ts.SetError(PyExc.SystemError, $"{op} is not implemented yet");
        return false;
    }
}
