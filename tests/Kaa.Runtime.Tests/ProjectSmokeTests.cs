namespace Kaa.Runtime.Tests;

public class ProjectSmokeTests
{
    [Fact]
    public void RuntimeAssemblyLoads() => Assert.Equal("Kaa.Runtime", typeof(Kaa.Runtime.Interpreter.ThreadStateMarker).Assembly.GetName().Name);
}
