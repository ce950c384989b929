namespace Kaa.Runtime.Tests;

public class InterpreterSmokeTests
{
    [Fact]
    public void TwoInterpretersHaveSeparateModuleTables()
    {
        var a = new Interpreter();
        var b = new Interpreter();
        Assert.NotSame(a.Modules, b.Modules);
        Assert.NotSame(a.Sys, b.Sys);
        Assert.Same(BuiltinTypes.Int, PyInt.Create(5).Type);
    }
}
