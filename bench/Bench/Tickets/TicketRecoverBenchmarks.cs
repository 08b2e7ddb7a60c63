using BenchmarkDotNet.Attributes;
using Livepeer.Bench.Scenario;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.Tickets;

/// <summary>Signature → signer: the public-key recovery at the heart of every ticket check.</summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class TicketRecoverBenchmarks
{
    private readonly byte[] _ticketHash;
    private readonly byte[] _digest = new byte[32];
    private readonly byte[] _signature;
    private readonly byte[] _publicKey = new byte[64];

    public TicketRecoverBenchmarks()
    {
        var batch = BenchScenario.SignGroup(0, 1, 1)[0];
        _ticketHash = batch.TicketAt(0).Hash().ToArray();
        _signature = batch.SenderParams[0].Signature;
        Eip191.Digest(_ticketHash, _digest);
    }

    /// <summary>
    /// What recover_loop.c times, through our binding: parse, recover, serialize over a prepared
    /// digest (no keccak).
    /// </summary>
    [Benchmark(Baseline = true)]
    public bool RecoverPublicKeyOnly() => Secp256k1.TryRecoverPublicKey(_digest, _signature.AsSpan(0, 64), _signature[64] - 27, _publicKey);

    /// <summary>
    /// SignatureVerifier.RecoverPersonal: length, low-S and v checks, EIP-191 digest of the ticket
    /// hash, recovery and the address (keccak of the public key).
    /// </summary>
    [Benchmark]
    public SignatureCheck RecoverSigner() => SignatureVerifier.RecoverPersonal(_ticketHash, _signature);
}
