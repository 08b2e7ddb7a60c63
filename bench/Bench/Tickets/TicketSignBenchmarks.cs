using BenchmarkDotNet.Attributes;
using Livepeer.Bench.Scenario;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.Tickets;

/// <summary>The sender's signature over a ticket: personal_sign(keccak(flat)) with libsecp256k1 (RFC 6979, low-S).</summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class TicketSignBenchmarks
{
    private readonly TicketParams _params = BenchScenario.IssueParams(0);
    private readonly Ticket _ticket = BenchScenario.SignGroup(0, 1, 1)[0].TicketAt(0);
    private readonly byte[] _ticketHash;
    private readonly byte[] _signature = new byte[Secp256k1.SignatureLength];

    public TicketSignBenchmarks() => _ticketHash = _ticket.Hash().ToArray();

    /// <summary>EIP-191 digest of the ticket hash and the ECDSA signature, into a reused buffer.</summary>
    [Benchmark(Baseline = true)]
    public byte[] SignTicketHash()
    {
        BenchScenario.SenderKey.SignPersonal(_ticketHash, _signature);
        return _signature;
    }

    /// <summary>Ticket.Sign: encode, hash, digest, sign, new 65-byte array.</summary>
    [Benchmark]
    public byte[] TicketSign() => _ticket.Sign(BenchScenario.SenderKey);

    /// <summary>
    /// Per ticket of TicketBatch.Sign over 10 tickets (one encoding, nonce rewritten per ticket): the
    /// gateway's real signing path.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public TicketBatch BatchSignPerTicket() =>
        TicketBatch.Sign(_params, BenchScenario.Expiration, BenchScenario.SenderKey, 1, 10);
}
