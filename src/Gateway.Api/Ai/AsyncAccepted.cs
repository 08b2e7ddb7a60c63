using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>202 to <c>Prefer: respond-async</c>: poll <c>POST /image-to-video/result</c> with this id.</summary>
public sealed record AsyncAccepted([property: JsonPropertyName("request_id")] string RequestId);
