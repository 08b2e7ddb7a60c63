using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// An orchestrator's own settings: where remote gateways reach it, the EV each ticket must carry
/// (-ticketEV), an optional cap on face values (-maxFaceValue) and what it can do.
/// </summary>
/// <param name="ServiceUri">the public service URI (http/https); empty for an orchestrator reached only in-cluster</param>
[GenerateSerializer, Immutable, Alias("livepeer.OrchestratorSettings")]
public sealed record OrchestratorSettings(
    [property: Id(0)] string ServiceUri,
    [property: Id(1)] BigInteger TicketEV,
    [property: Id(2)] BigInteger MaxFaceValue,
    [property: Id(3)] IReadOnlyList<OrchestratorCapability> Capabilities)
{
    public static readonly OrchestratorSettings Default = new("", PmConstants.DefaultTicketEV, BigInteger.Zero, []);

    /// <summary>Every problem with the settings, in words; empty when they can be stored.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (ServiceUri is null)
        {
            errors.Add("service URI is missing (use \"\" for in-cluster only)");
        }
        else if (ServiceUri.Length > 0
            && (!Uri.TryCreate(ServiceUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add($"service URI must be an absolute http or https URI, got '{ServiceUri}'");
        }
        if (TicketEV.Sign <= 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"ticket EV must be positive, got {TicketEV}"));
        }
        if (MaxFaceValue.Sign < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"max face value must be 0 (no cap) or positive, got {MaxFaceValue}"));
        }
        else if (MaxFaceValue.Sign > 0 && MaxFaceValue <= TicketEV)
        {
            // A face value at or below EV means win probability 1 (which senders refuse) or no ticket at all.
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"max face value {MaxFaceValue} must be above the ticket EV {TicketEV}"));
        }
        if (Capabilities is null)
        {
            errors.Add("capabilities are missing (use an empty list)");
        }
        else if (Capabilities.Any(c => c is null))
        {
            errors.Add("a capability entry is missing");
        }
        return errors;
    }
}
