namespace Livepeer.Gateway.Api.Ai;

/// <summary>One item of a 422 <c>detail</c> list (FastAPI's, as the SDK's <c>HTTPValidationError</c> parses it).</summary>
/// <param name="Loc">location: strings and integers, starting with "body"</param>
public sealed record AiValidationItem(IReadOnlyList<object> Loc, string Msg, string Type);
