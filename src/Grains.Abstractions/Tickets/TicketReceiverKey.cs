using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Abstractions.Tickets;

/// <summary>The key of a <see cref="ITicketReceiverGrain"/>: "{orchestrator}/{sender}", both lower-case hex.</summary>
public static class TicketReceiverKey
{
    public static string Format(EthAddress orchestrator, EthAddress sender) => $"{orchestrator.ToLowerHex()}/{sender.ToLowerHex()}";

    public static (EthAddress Orchestrator, EthAddress Sender) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !EthAddress.TryParse(key[..slash], out var orchestrator)
            || !EthAddress.TryParse(key[(slash + 1)..], out var sender))
        {
            throw new FormatException($"a ticket receiver key is \"{{orchestrator}}/{{sender}}\" with two ETH addresses, got '{key}'");
        }
        return (orchestrator, sender);
    }
}
