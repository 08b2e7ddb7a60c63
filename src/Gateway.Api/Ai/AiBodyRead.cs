using Livepeer.Protocol.Ai;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>A request body read and checked against its schema, or the error answer when it could not be.</summary>
public sealed record AiBodyRead(AiParseResult? Parsed, IResult? Error);
