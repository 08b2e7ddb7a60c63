namespace Livepeer.Gateway.Api.Ai;

/// <summary>How an AI request ended for its caller: a status and the JSON body (a response or an <see cref="AiErrorResponse"/>).</summary>
/// <param name="Llm">the LLM answer, for a streamed reply</param>
public sealed record AiOutcome(int StatusCode, object Body, LlmResponse? Llm = null)
{
    public bool Succeeded => StatusCode == StatusCodes.Status200OK;

    public static AiOutcome Failed(int statusCode, string message) => new(statusCode, AiErrorResponse.Of(message));

    public IResult ToResult() => TypedResults.Json(Body, statusCode: StatusCode);
}
