using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The <c>_crypt</c> module over the system libcrypt (libcrypt.so.1, Debian's libxcrypt libcrypt1, as
/// CPython's _crypt): <c>crypt(word, salt)</c> by crypt_r, for the deprecated <c>crypt</c> module.
/// </summary>
internal static unsafe partial class CryptModule
{
    /// <summary>sizeof(struct crypt_data) in libxcrypt.</summary>
    private const int CryptDataSize = 32768;

    [LibraryImport("libcrypt.so.1", EntryPoint = "crypt_r", SetLastError = true)]
    private static partial byte* CryptR(byte* word, byte* salt, void* data);

    private const string CryptDoc = "Hash a *word* with the given *salt* and return the hashed password.\n\n*word* will usually be a user's password.  *salt* (either a random 2 or 16\ncharacter string, possibly prefixed with $digit$ to indicate the method)\nwill be used to perturb the encryption algorithm and produce distinct\nresults for a given *word*.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_crypt", null);
        m.AddFunction("crypt", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("_crypt.crypt() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"crypt expected 2 arguments, got {args.Length}");
            var word = CString(ts, args[0], 1);
            if (word is null) return null;
            var salt = CString(ts, args[1], 2);
            if (salt is null) return null;
            void* data = NativeMemory.AllocZeroed(CryptDataSize);
            try
            {
                byte* result;
                fixed (byte* w = word, s = salt) result = CryptR(w, s, data);
                if (result is null) return PosixErrors.FromErrno(ts);
                return PyStr.Create(Marshal.PtrToStringUTF8((nint)result) ?? "");
            }
            finally
            {
                NativeMemory.Free(data);
            }
        }, CryptDoc);
        return m;
    }

    /// <summary>The clinic "str" converter: a str, UTF-8 encoded (strictly), without NUL, NUL-terminated.</summary>
    private static byte[]? CString(ThreadState ts, PyObject arg, int position)
    {
        if (arg is not PyStr)
        {
            ts.SetError(PyExc.TypeError, $"crypt() argument {position} must be str, not {arg.Type.Name}");
            return null;
        }
        if (Protocols.CallMethod(ts, arg, "encode", [PyStr.Intern("utf-8")]) is not PyBytes encoded) return null;
        if (Array.IndexOf(encoded.Value, (byte)0) >= 0)
        {
            ts.SetError(PyExc.ValueError, "embedded null character");
            return null;
        }
        return [.. encoded.Value, 0];
    }
}
