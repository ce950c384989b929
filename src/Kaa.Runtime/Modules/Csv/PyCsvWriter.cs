namespace Kaa.Runtime;

/// <summary><c>_csv.writer</c>: joins each row into one line and passes it to the file's write method.</summary>
internal sealed class PyCsvWriter(PyType type) : CsvObject(type)
{
    /// <summary>The bound write method; null for a writer made by calling the type.</summary>
    internal PyObject? Write;
    internal PyCsvDialect? Dialect;
    internal PyType? Error;
}
