using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Health;

/// <summary>Body of <c>GET /readyz</c>: <c>ready</c> with the number of active silos, or <c>unavailable</c> with the reason.</summary>
public sealed record ReadinessResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ActiveSilos,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason)
{
    [JsonIgnore]
    public bool IsReady => Status == "ready";

    public static ReadinessResponse Ready(int activeSilos) => new("ready", activeSilos, null);

    public static ReadinessResponse Unavailable(string reason) => new("unavailable", null, reason);
}
