namespace Kaa.Runtime.Interpreter;

/// <summary>Placeholder until the interpreter lands (keeps the assembly non-empty).</summary>
public static class ThreadStateMarker;
