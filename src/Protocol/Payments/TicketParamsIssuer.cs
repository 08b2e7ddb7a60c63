using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Security.Cryptography;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// An orchestrator's ticket-params factory (pm-protocol.md §3.1): one per recipient address and
/// secret. Pure apart from drawing a fresh seed from the CSPRNG; chain state comes in as arguments.
/// </summary>
public sealed class TicketParamsIssuer
{
    private readonly byte[] _secret;

    public TicketParamsIssuer(EthAddress recipient, ReadOnlySpan<byte> secret, PaymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (secret.Length != Hash32.Length)
        {
            throw new ArgumentException($"the recipient secret must be 32 bytes, got {secret.Length}", nameof(secret));
        }
        Recipient = recipient;
        _secret = secret.ToArray();
        Options = options;
    }

    public EthAddress Recipient { get; }

    public PaymentOptions Options { get; }

    /// <summary>A new random 32-byte recipient secret (regenerated per process in go-livepeer).</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(Hash32.Length);

    /// <summary>A 32-byte seed from the CSPRNG (go-livepeer uses math/rand; the peer cannot tell).</summary>
    public static BigInteger NewSeed() => BigEndian.FromBytes(RandomNumberGenerator.GetBytes(Hash32.Length));

    /// <summary>Params expire 40 L1 blocks after the last one seen.</summary>
    public static BigInteger ExpirationBlockFor(long lastSeenL1Block) => new BigInteger(lastSeenL1Block) + PmConstants.ParamsExpirationBlocks;

    /// <summary>
    /// Creation round and block hash for new params: the last initialized round, or — when its
    /// block hash is all zero (an Arbitrum quirk) — the round before it with that round's hash.
    /// </summary>
    public static TicketExpirationParams ExpirationParamsFor(long lastInitializedRound, Hash32 roundBlockHash, Hash32 previousRoundBlockHash) =>
        roundBlockHash.IsZero
            ? new TicketExpirationParams(lastInitializedRound - 1, previousRoundBlockHash)
            : new TicketExpirationParams(lastInitializedRound, roundBlockHash);

    /// <summary>
    /// Params for <paramref name="sender"/> at <paramref name="pricePerPixel"/>. A price ≤ 0 needs no
    /// payment: face value and win probability 0. Fails with "insufficient sender reserve" when the
    /// sender's <paramref name="maxFloat"/> (see <see cref="SenderFloat"/>) cannot carry a ticket.
    /// </summary>
    public bool TryIssue(
        EthAddress sender,
        BigRational pricePerPixel,
        BigInteger gasPrice,
        BigInteger maxFloat,
        long lastSeenL1Block,
        TicketExpirationParams expirationParams,
        [NotNullWhen(true)] out TicketParams? ticketParams,
        [NotNullWhen(false)] out string? error) =>
        TryIssue(sender, pricePerPixel, gasPrice, maxFloat, lastSeenL1Block, expirationParams, NewSeed(), out ticketParams, out error);

    /// <summary><see cref="TryIssue(EthAddress, BigRational, BigInteger, BigInteger, long, TicketExpirationParams, out TicketParams?, out string?)"/> with a given seed.</summary>
    public bool TryIssue(
        EthAddress sender,
        BigRational pricePerPixel,
        BigInteger gasPrice,
        BigInteger maxFloat,
        long lastSeenL1Block,
        TicketExpirationParams expirationParams,
        BigInteger seed,
        [NotNullWhen(true)] out TicketParams? ticketParams,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(expirationParams);
        ticketParams = null;
        var faceValue = BigInteger.Zero;
        if (pricePerPixel.Sign > 0 && !FaceValuePolicy.TryComputeFaceValue(gasPrice, maxFloat, Options, out faceValue, out error))
        {
            return false;
        }
        var expirationBlock = ExpirationBlockFor(lastSeenL1Block);
        var winProb = TicketMath.WinProbFor(faceValue, Options.TicketEV);
        var rand = RecipientRand.Compute(_secret, seed, sender, faceValue, winProb, expirationBlock, pricePerPixel, expirationParams);
        ticketParams = new TicketParams(
            Recipient, faceValue, winProb, RecipientRand.HashOf(rand), seed, expirationBlock, pricePerPixel, expirationParams);
        error = null;
        return true;
    }

    /// <summary>The recipientRand of params this issuer made (needed to redeem winners or to re-check tickets).</summary>
    public Hash32 RecipientRandOf(TicketParams ticketParams, EthAddress sender, TicketExpirationParams expirationParams) =>
        RecipientRand.Compute(_secret, ticketParams, sender, expirationParams);
}
