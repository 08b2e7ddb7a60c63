using Livepeer.Protocol.Ai;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>The AI routes' error answers.</summary>
public static class AiResults
{
    public static IResult Error(int statusCode, string message) => TypedResults.Json(AiErrorResponse.Of(message), statusCode: statusCode);

    /// <summary>422 with every schema violation.</summary>
    public static IResult Invalid(IReadOnlyList<AiValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var message = problems.Count == 1 ? $"invalid request: {problems[0]}" : $"invalid request, {problems.Count} problems: {string.Join("; ", problems)}";
        return TypedResults.Json(
            new AiValidationResponse(new AiErrorMessage(message), [.. problems.Select(p => new AiValidationItem(p.Location, p.Message, p.Type))]),
            statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
