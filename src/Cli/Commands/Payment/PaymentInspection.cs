using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Cli.Commands.Payment;

/// <summary>A decoded Livepeer-Payment header with every ticket checked.</summary>
public sealed record PaymentInspection(
    EthAddress Sender,
    BigRational? ExpectedPrice,
    TicketBatch? Batch,
    bool? RecipientRandMatches,
    IReadOnlyList<TicketInspection> Tickets)
{
    public bool AllSignaturesValid => Tickets.All(t => t.SignatureValid);

    /// <summary>
    /// Decodes <paramref name="header"/> and checks each ticket; with <paramref name="recipientRand"/>
    /// also runs the win test. Throws <see cref="WireFormatException"/> when the header cannot be decoded.
    /// </summary>
    public static PaymentInspection Inspect(string header, Hash32? recipientRand)
    {
        var payment = PaymentWire.ParseHeader(header);
        var batch = PaymentWire.ToTicketBatch(payment);
        if (batch is null)
        {
            var sender = PaymentWire.Sender(payment);
            BigRational? price = payment.ExpectedPrice is null ? null : PaymentWire.ExpectedPrice(payment);
            return new PaymentInspection(sender, price, null, null, []);
        }

        var tickets = new List<TicketInspection>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            var ticket = batch.TicketAt(i);
            var signature = batch.SenderParams[i].Signature;
            var check = ticket.RecoverSigner(signature);
            tickets.Add(new TicketInspection(
                ticket.SenderNonce,
                ticket.Hash(),
                check.IsValid ? check.Signer : null,
                check.Error,
                check.IsValid && check.Signer == batch.Sender,
                recipientRand is { } rand ? ticket.IsWinning(signature, rand) : null,
                ticket.ExpectedValue));
        }
        bool? randMatches = recipientRand is { } r ? RecipientRand.HashOf(r) == batch.Params.RecipientRandHash : null;
        return new PaymentInspection(batch.Sender, batch.Params.PricePerPixel, batch, randMatches, tickets);
    }
}
