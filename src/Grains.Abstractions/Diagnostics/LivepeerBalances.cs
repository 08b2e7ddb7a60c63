using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Diagnostics;

/// <summary>
/// The latest balances this process knows, observed by the <c>livepeer.sender.*</c> and <c>livepeer.receiver.credit</c>
/// gauges. Grains set them when they read or change a balance and forget them when they deactivate, so each
/// balance is reported by the silo that holds it.
/// </summary>
public static class LivepeerBalances
{
    internal static readonly ConcurrentDictionary<EthAddress, double> Deposit = new();
    internal static readonly ConcurrentDictionary<EthAddress, double> Reserve = new();
    internal static readonly ConcurrentDictionary<(EthAddress Orchestrator, EthAddress Sender), double> Credit = new();

    /// <summary>A sender's deposit and reserve (wei), as last read from the TicketBroker.</summary>
    public static void SetSenderFunds(EthAddress sender, BigInteger deposit, BigInteger reserve)
    {
        Deposit[sender] = (double)deposit;
        Reserve[sender] = (double)reserve;
    }

    public static void ForgetSender(EthAddress sender)
    {
        Deposit.TryRemove(sender, out _);
        Reserve.TryRemove(sender, out _);
    }

    /// <summary>The credit (wei, summed over sessions) an orchestrator holds for a sender.</summary>
    public static void SetReceiverCredit(EthAddress orchestrator, EthAddress sender, BigRational credit) =>
        Credit[(orchestrator, sender)] = credit.ToDouble();

    public static void ForgetReceiver(EthAddress orchestrator, EthAddress sender) => Credit.TryRemove((orchestrator, sender), out _);

    internal static IEnumerable<Measurement<double>> Observe(ConcurrentDictionary<EthAddress, double> values) =>
        values.Select(pair => new Measurement<double>(pair.Value, new KeyValuePair<string, object?>(MetricTags.Sender, pair.Key.ToLowerHex())));

    internal static IEnumerable<Measurement<double>> Observe(ConcurrentDictionary<(EthAddress Orchestrator, EthAddress Sender), double> values) =>
        values.Select(pair => new Measurement<double>(pair.Value,
            new KeyValuePair<string, object?>(MetricTags.Orchestrator, pair.Key.Orchestrator.ToLowerHex()),
            new KeyValuePair<string, object?>(MetricTags.Sender, pair.Key.Sender.ToLowerHex())));
}
