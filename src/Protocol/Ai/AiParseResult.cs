using System.Diagnostics.CodeAnalysis;

namespace Livepeer.Protocol.Ai;

/// <summary>A parsed request, or the schema violations that keep it from being one (never both).</summary>
public sealed record AiParseResult(AiRequest? Request, IReadOnlyList<AiValidationProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Request))]
    public bool Succeeded => Request is not null;

    /// <summary>Every problem in one line, for messages and logs.</summary>
    public string Summary => string.Join("; ", Problems);
}
