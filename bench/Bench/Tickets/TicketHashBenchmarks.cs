using BenchmarkDotNet.Attributes;
using Livepeer.Bench.Scenario;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.Tickets;

/// <summary>
/// The ticket hash (keccak of the 232-byte flat encoding, alone and with the encoding from the model)
/// and the other per-ticket keccak of the receive check, the win test.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class TicketHashBenchmarks
{
    private readonly Ticket _ticket;
    private readonly byte[] _signature;
    private readonly Hash32 _recipientRand;
    private readonly Hash32 _winProb;
    private readonly byte[] _flat;
    private readonly byte[] _hash = new byte[Keccak256.HashSize];

    public TicketHashBenchmarks()
    {
        var batch = BenchScenario.SignGroup(0, 1, 1)[0];
        _ticket = batch.TicketAt(0);
        _signature = batch.SenderParams[0].Signature;
        _recipientRand = BenchScenario.Issuer.RecipientRandOf(batch.Params, batch.Sender, batch.ExpirationParams);
        _winProb = Hash32.FromUInt256(batch.Params.WinProb);
        _flat = _ticket.Flatten();
    }

    /// <summary>keccak(flat) over an already-encoded ticket: what the receiver does per ticket.</summary>
    [Benchmark(Baseline = true)]
    public byte[] KeccakOfFlat()
    {
        Keccak256.Hash(_flat, _hash);
        return _hash;
    }

    /// <summary>Ticket.Hash(): packed encoding from the model (BigInteger words) plus keccak.</summary>
    [Benchmark]
    public Hash32 EncodeAndHash() => _ticket.Hash();

    /// <summary>The win test as the receiver runs it: keccak(sig ‖ recipientRand) &lt; winProb (word compare).</summary>
    [Benchmark]
    public bool WinTest() => TicketMath.IsWinning(_signature, _recipientRand, _winProb);
}
