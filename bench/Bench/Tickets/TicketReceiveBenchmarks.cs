using BenchmarkDotNet.Attributes;
using Livepeer.Bench.Scenario;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.Tickets;

/// <summary>
/// The orchestrator's full receive check, per ticket: one recipientRand group of 600 nonces (the
/// most a recipient keeps per recipientRand) received as payments of <see cref="TicketsPerPayment"/>
/// tickets through TicketReceiver.Receive with a fresh nonce store. Per payment: recipientRand HMAC,
/// commitment, sender and recipient checks, EV; per ticket: hash, recovery, signer check, win test,
/// nonce store.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class TicketReceiveBenchmarks
{
    private const int GroupSize = BenchScenario.MaxGroupSize;

    private TicketBatch[] _payments = [];

    /// <summary>1: one ticket per segment; 10: a typical segment payment; 600: the whole group at once.</summary>
    [Params(1, 10, 600)]
    public int TicketsPerPayment { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Group 0 is issued while the gas price is unknown: winProb ≈ 1/100, so about 6 winners per group.
        _payments = BenchScenario.SignGroup(0, GroupSize, TicketsPerPayment);
        int credited = ReceiveGroup();
        if (credited != GroupSize)
        {
            throw new InvalidOperationException($"the bench group should be fully credited, got {credited} of {GroupSize}");
        }
    }

    [Benchmark(OperationsPerInvoke = GroupSize)]
    public int ReceiveGroup()
    {
        var nonces = new InMemorySenderNonceStore();
        int credited = 0;
        foreach (var payment in _payments)
        {
            credited += BenchScenario.Receive(payment, nonces).CreditedCount;
        }
        return credited;
    }
}
