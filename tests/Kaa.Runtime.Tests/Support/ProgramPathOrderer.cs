using Xunit.Abstractions;
using Xunit.Sdk;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// Orders a class's test cases by their first argument (the corpus program path), so that cases run
/// in the order <see cref="CorpusRunner"/> starts programs ahead of them. Cases without arguments run first.
/// </summary>
public sealed class ProgramPathOrderer : ITestCaseOrderer
{
    public const string TypeName = "Kaa.Runtime.Tests.Support.ProgramPathOrderer";
    public const string AssemblyName = "Kaa.Runtime.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase
        => testCases
            .OrderBy(c => c.TestMethodArguments is [string path, ..] ? path : "", StringComparer.Ordinal)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
