namespace Livepeer.Gateway.Api.Ai;

/// <summary>
/// Every AI error but 422: <c>{"error":{"message":…},"detail":{"msg":…}}</c>, the same text under go-livepeer's key
/// and under the one the <c>@livepeer/ai</c> SDK parses (gateway-api.md §3.2, §6).
/// </summary>
public sealed record AiErrorResponse(AiErrorMessage Error, AiErrorDetail Detail)
{
    public static AiErrorResponse Of(string message) => new(new AiErrorMessage(message), new AiErrorDetail(message));
}
