using System.Text.Json.Serialization;

namespace Livepeer.Bench.TicketFiles;

/// <summary>The one JSON line each verifier prints (same shape as the C and ethers.js outputs).</summary>
public sealed record VerifyResult(
    [property: JsonPropertyName("impl")] string Impl,
    [property: JsonPropertyName("tickets")] int Tickets,
    [property: JsonPropertyName("valid")] int Valid,
    [property: JsonPropertyName("wins")] int Wins,
    [property: JsonPropertyName("perSecondPerCore")] double PerSecondPerCore,
    [property: JsonPropertyName("cpuPerSecondPerCore")] double CpuPerSecondPerCore);
