using BenchmarkDotNet.Attributes;
using Livepeer.Bench.Scenario;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.Tickets;

/// <summary>The ticket hash: keccak of the 232-byte flat encoding, alone and with the encoding from the model.</summary>
[MemoryDiagnoser]
public class TicketHashBenchmarks
{
    private readonly Ticket _ticket = BenchScenario.SignGroup(0, 1, 1)[0].TicketAt(0);
    private readonly byte[] _flat;
    private readonly byte[] _hash = new byte[Keccak256.HashSize];

    public TicketHashBenchmarks() => _flat = _ticket.Flatten();

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
}
