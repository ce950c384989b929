namespace Kaa.Syntax.Ast;

public sealed partial class Call
{
    /// <summary>Takes the argument lists of the placeholder Call <paramref name="args"/> (the
    /// parser's <c>args</c> rule returns one whose lists the real Call, or a class's bases and
    /// keywords, take).</summary>
    internal void TakeArguments(Call args)
    {
        Args = args.Args;
        Keywords = args.Keywords;
    }
}
