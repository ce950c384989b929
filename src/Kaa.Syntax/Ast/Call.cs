namespace Kaa.Syntax.Ast;

public sealed partial class Call
{
    /// <summary>
    /// The argument lists as they are, null where unmade: the parser's <c>args</c> rule returns a
    /// placeholder Call whose lists the real Call (or a class's bases and keywords) takes, and most
    /// calls have no keywords (reading <see cref="Keywords"/> would make an empty list for each).
    /// </summary>
    internal List<Expr>? ArgsOrNull => _args;

    internal List<Keyword>? KeywordsOrNull => _keywords;

    /// <summary>Takes the argument lists of the placeholder Call <paramref name="args"/>.</summary>
    internal void TakeArguments(Call args)
    {
        _args = args._args;
        _keywords = args._keywords;
    }
}
