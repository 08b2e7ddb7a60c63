using System.Text.Json;
using Livepeer.Cli.Commands.Orchestrator;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>
/// The orchestrator's redemption queue as its node reports it (GET /admin/orchestrators/{address}/redemptions on the
/// gateway API): winners waiting to be redeemed and those that failed for good. <see cref="Source"/> says where the
/// numbers came from, or why there are none.
/// </summary>
public sealed record NodeRedemptions(int? Pending, int? Failed, string? PendingFaceValue, string Source)
{
    /// <summary>A node that does not answer must not hold up the chain's half of the status for long.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task<NodeRedemptions> ReadAsync(AdminConnection connection, EthAddress orchestrator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var client = new AdminApiClient(connection, Timeout);
        AdminApiResponse response;
        try
        {
            response = await client.GetAsync($"/admin/orchestrators/{orchestrator.ToLowerHex()}/redemptions", cancellationToken).ConfigureAwait(false);
        }
        catch (AdminApiUnreachableException e)
        {
            return Unavailable(e.Message);
        }
        if (!response.IsSuccess || response.Json is not { ValueKind: JsonValueKind.Object } body)
        {
            var reason = response.Json is { ValueKind: JsonValueKind.Object } error
                && error.TryGetProperty("error", out var detail) && detail.ValueKind == JsonValueKind.Object
                && detail.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : response.Body.Length > 200 ? response.Body[..200] + "…" : response.Body;
            return Unavailable($"the admin API at {connection.Api} answered HTTP {response.StatusCode}: {reason}");
        }
        try
        {
            return new NodeRedemptions(
                body.GetProperty("pending").GetInt32(),
                body.GetProperty("failed").GetInt32(),
                body.GetProperty("pendingFaceValue").GetString(),
                $"node {connection.Api}");
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Unavailable($"the admin API at {connection.Api} answered out of shape: {e.Message}");
        }
    }

    private static NodeRedemptions Unavailable(string reason) => new(null, null, null, "unavailable: " + reason);
}
