namespace Livepeer.Gateway.Api.Ai;

/// <summary>A 422: <c>{"error":{"message":…},"detail":[{loc,msg,type},…]}</c>.</summary>
public sealed record AiValidationResponse(AiErrorMessage Error, IReadOnlyList<AiValidationItem> Detail);
