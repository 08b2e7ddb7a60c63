using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// The recipient's (orchestrator's) ticket checks and payment crediting (pm-protocol.md §3.5, §3.6),
/// as one pure function over a batch. Everything the tickets share — recipientRand (one HMAC), the
/// sender and recipient checks, the commitment, expiry, EV, the packed encoding — is done once per
/// batch; per ticket there is one nonce write into the encoding, three keccaks, one public-key
/// recovery and the nonce-store calls, without allocations on the success path.
/// </summary>
public static class TicketReceiver
{
    /// <summary>
    /// Checks every ticket of <paramref name="batch"/> in go-livepeer's order, records accepted nonces
    /// in <paramref name="nonces"/> and reports credit and winners.
    /// </summary>
    /// <param name="batch">the payment's tickets; its params' price is the payment's expected price</param>
    /// <param name="recipient">this orchestrator's ticket recipient address</param>
    /// <param name="secret">the recipient secret the params were issued with</param>
    /// <param name="senderInfo">the sender's TicketBroker info as this recipient knows it</param>
    /// <param name="lastSeenL1Block">latest L1 block (params expiry)</param>
    /// <param name="lastInitializedRound">latest initialized round (unlock check)</param>
    /// <param name="nonces">the nonces seen so far; updated</param>
    public static TicketReceipt Receive(
        TicketBatch batch,
        EthAddress recipient,
        ReadOnlySpan<byte> secret,
        SenderInfo senderInfo,
        long lastSeenL1Block,
        long lastInitializedRound,
        ISenderNonceStore nonces)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(senderInfo);
        ArgumentNullException.ThrowIfNull(nonces);
        var p = batch.Params;
        var sender = batch.Sender;
        int count = batch.Count;
        var ev = p.ExpectedValue;
        if (count == 0)
        {
            return new TicketReceipt([], 0, ev, null, null, false, default);
        }

        // Steps 0–4 depend only on what the tickets share, so they decide for the whole batch; in
        // go-livepeer the first ticket would fail them and abort the payment.
        var rand = RecipientRand.Compute(secret, p, sender, batch.ExpirationParams);
        string? fatal =
            senderInfo.IsUnlockingSoon(lastInitializedRound) ? PmErrors.SenderUnlocking(sender)
            : p.Recipient != recipient ? PmErrors.InvalidTicketRecipient
            : sender.IsZero ? PmErrors.InvalidTicketSender
            : RecipientRand.HashOf(rand) != p.RecipientRandHash ? PmErrors.InvalidRecipientRand
            : null;
        if (fatal is not null)
        {
            return FatalReceipt(batch.SenderParams[0].SenderNonce, fatal, ev, rand);
        }

        Span<byte> flat = stackalloc byte[TicketEncoding.FlatLength];
        int flatLength = TicketEncoding.WriteFlat(flat, p.Recipient, sender, p.FaceValue, p.WinProb, 0, p.RecipientRandHash, batch.ExpirationParams);
        ReadOnlySpan<byte> encoded = flat[..flatLength];
        Span<byte> ticketHash = stackalloc byte[Hash32.Length];
        var winProb = Hash32.FromUInt256(p.WinProb);
        bool expired = p.ExpirationBlock <= lastSeenL1Block;
        // The HMAC matched, so this is the recipient's own expiration block and fits a long.
        long expirationBlock = p.ExpirationBlock > long.MaxValue ? long.MaxValue : (long)p.ExpirationBlock;

        var outcomes = new TicketOutcome[count];
        List<WinningTicket>? winners = null;
        string? firstError = null;
        int credited = 0;
        var senderParams = batch.SenderParams;
        for (int i = 0; i < count; i++)
        {
            var ticket = senderParams[i];
            uint nonce = ticket.SenderNonce;
            byte[] signature = ticket.Signature;

            TicketEncoding.WriteNonce(flat, nonce);
            Keccak256.Hash(encoded, ticketHash);
            var signer = SignatureVerifier.RecoverPersonal(ticketHash, signature);
            if (!signer.IsValid || signer.Signer != sender)
            {
                outcomes[i] = new TicketOutcome(nonce, false, false, false, PmErrors.InvalidTicketSignature, false);
                firstError ??= PmErrors.InvalidTicketSignature;
                continue;
            }

            bool won = TicketMath.IsWinning(signature, rand, winProb);
            if (won)
            {
                (winners ??= []).Add(new WinningTicket(Ticket.Create(p, sender, batch.ExpirationParams, nonce), signature, rand));
            }

            string? error;
            if (nonces.Contains(rand, nonce))
            {
                error = PmErrors.NonceAlreadySeen(sender, nonce);
            }
            else if (nonces.Count(rand) >= PmConstants.MaxSenderNonces)
            {
                error = PmErrors.TooManyNonces(sender, nonce);
            }
            else
            {
                nonces.Add(rand, nonce, expirationBlock);
                error = expired ? PmErrors.TicketParamsExpired : null;
            }

            bool accepted = error is null;
            bool creditedNow = accepted && firstError is null;
            if (creditedNow)
            {
                credited++;
            }
            firstError ??= error;
            outcomes[i] = new TicketOutcome(nonce, accepted, creditedNow, won, error, false);
        }
        return new TicketReceipt(outcomes, credited, ev, winners, firstError, false, rand);
    }

    /// <summary>
    /// The receipt of a batch refused before any ticket check, e.g. when the sender's info could not
    /// be fetched (<see cref="PmErrors.SenderInfoUnavailable"/>): fatal, nothing credited.
    /// </summary>
    public static TicketReceipt Reject(TicketBatch batch, string fatalError)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentException.ThrowIfNullOrEmpty(fatalError);
        if (batch.Count == 0)
        {
            return new TicketReceipt([], 0, batch.Params.ExpectedValue, null, fatalError, true, default);
        }
        return FatalReceipt(batch.SenderParams[0].SenderNonce, fatalError, batch.Params.ExpectedValue, default);
    }

    private static TicketReceipt FatalReceipt(uint nonce, string error, BigRational ev, Hash32 rand) =>
        new([new TicketOutcome(nonce, false, false, false, error, true)], 0, ev, null, error, true, rand);
}
