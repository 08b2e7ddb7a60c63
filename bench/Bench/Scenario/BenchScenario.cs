using System.Numerics;
using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.Scenario;

/// <summary>
/// One fixed gateway (sender) and orchestrator (recipient) with chain state, so generated ticket
/// files and benchmark inputs are the same on every run (signatures are RFC 6979 deterministic).
/// Params come from the real <see cref="TicketParamsIssuer"/> with go-livepeer's default options.
/// </summary>
public static class BenchScenario
{
    /// <summary>The most nonces a recipient keeps per recipientRand; a params group never exceeds it.</summary>
    public const int MaxGroupSize = PmConstants.MaxSenderNonces;

    /// <summary>Latest L1 block the orchestrator has seen (Ethereum mainnet order of magnitude).</summary>
    public const long LastSeenL1Block = 21_000_000;

    /// <summary>Latest initialized Livepeer round.</summary>
    public const long LastInitializedRound = 3_600;

    public static readonly EthKey SenderKey = new(Keccak256.Hash("livepeer-orleans bench sender key"u8));

    public static readonly EthAddress Recipient = new EthKey(Keccak256.Hash("livepeer-orleans bench recipient key"u8)).Address;

    public static readonly byte[] Secret = Keccak256.Hash("livepeer-orleans bench recipient secret"u8);

    public static readonly Hash32 RoundBlockHash = Hash32.Keccak("livepeer-orleans bench round block"u8);

    /// <summary>A funded sender that is not unlocking (WithdrawRound 0).</summary>
    public static readonly SenderInfo Sender = new(BigInteger.Pow(10, 18), new ReserveInfo(BigInteger.Pow(10, 18), 0), 0);

    /// <summary>1.157 wei per pixel: a fraction, so both halves of the price reach the HMAC.</summary>
    public static readonly BigRational PricePerPixel = new(1157, 1000);

    /// <summary>
    /// Gas prices (wei) the groups cycle through. 0 is "gas price not known yet": face value falls back
    /// to EV × 100, so winProb ≈ 1/100 and the winner path is exercised. 0.01 and 0.1 gwei are
    /// Arbitrum prices: face value = 1.2M gas × price × 100, winProb ≈ 7e-6 and 7e-7.
    /// </summary>
    private static readonly BigInteger[] GasPrices = [BigInteger.Zero, 10_000_000, 100_000_000];

    public static TicketExpirationParams Expiration { get; } = new(LastInitializedRound, RoundBlockHash);

    public static PaymentOptions Options { get; } = new() { RedeemGas = PmConstants.RedeemGasArbitrum };

    public static TicketParamsIssuer Issuer { get; } = new(Recipient, Secret, Options);

    /// <summary>Params for group <paramref name="group"/>: its own seed (so its own recipientRand) and a gas price from the cycle.</summary>
    public static TicketParams IssueParams(int group)
    {
        var seed = Hash32.Keccak(Encoding.ASCII.GetBytes($"livepeer-orleans bench seed {group}")).ToUInt256();
        var gasPrice = GasPrices[group % GasPrices.Length];
        if (!Issuer.TryIssue(SenderKey.Address, PricePerPixel, gasPrice, BigInteger.Pow(10, 18), LastSeenL1Block, Expiration, seed, out var p, out var error))
        {
            throw new InvalidOperationException($"the bench scenario could not issue params: {error}");
        }
        return p;
    }

    /// <summary>
    /// <paramref name="count"/> tickets of group <paramref name="group"/> with nonces 1, 2, … (a sender's
    /// counter restarts with fresh params), split into payments of <paramref name="ticketsPerPayment"/>.
    /// </summary>
    public static TicketBatch[] SignGroup(int group, int count, int ticketsPerPayment)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxGroupSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticketsPerPayment);
        var p = IssueParams(group);
        var payments = new TicketBatch[(count + ticketsPerPayment - 1) / ticketsPerPayment];
        for (int i = 0; i < payments.Length; i++)
        {
            int first = i * ticketsPerPayment;
            payments[i] = TicketBatch.Sign(p, Expiration, SenderKey, (uint)first + PmConstants.FirstSenderNonce, Math.Min(ticketsPerPayment, count - first));
        }
        return payments;
    }

    /// <summary>The orchestrator's full receive check of one payment.</summary>
    public static TicketReceipt Receive(TicketBatch payment, ISenderNonceStore nonces) =>
        TicketReceiver.Receive(payment, Recipient, Secret, Sender, LastSeenL1Block, LastInitializedRound, nonces);
}
