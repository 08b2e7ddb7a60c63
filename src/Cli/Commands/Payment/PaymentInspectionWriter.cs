using System.Globalization;
using System.Text;
using System.Text.Json;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Cli.Commands.Payment;

/// <summary>Text and JSON renderings of a <see cref="PaymentInspection"/>.</summary>
public static class PaymentInspectionWriter
{
    public static void WriteText(PaymentInspection inspection, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(output);
        var batch = inspection.Batch;
        output.WriteLine($"sender            {inspection.Sender}");
        output.WriteLine($"expected price    {(inspection.ExpectedPrice is { } price ? $"{price} wei/pixel" : "(none)")}");
        if (batch is null)
        {
            output.WriteLine("tickets           0 (payment without tickets)");
            return;
        }
        var p = batch.Params;
        output.WriteLine($"recipient         {p.Recipient}");
        output.WriteLine($"face value        {p.FaceValue} wei");
        output.WriteLine($"win prob          {p.WinProb} (of 2^256-1)");
        output.WriteLine($"ticket EV         {p.ExpectedValue} wei (~{p.ExpectedValue.ToDecimalString(6)})");
        output.WriteLine($"recipientRandHash {p.RecipientRandHash.ToHex()}");
        output.WriteLine($"seed              {Convert.ToHexStringLower(BigEndian.MinBytes(p.Seed))}");
        output.WriteLine($"expiration block  {p.ExpirationBlock}");
        output.WriteLine($"creation round    {batch.ExpirationParams.CreationRound} (block hash {batch.ExpirationParams.CreationRoundBlockHash.ToHex()})");
        if (inspection.RecipientRandMatches is { } matches)
        {
            output.WriteLine($"recipientRand     {(matches ? "matches recipientRandHash" : "does NOT match recipientRandHash (win results are for a different commitment)")}");
        }
        output.WriteLine($"tickets           {inspection.Tickets.Count}");
        foreach (var t in inspection.Tickets)
        {
            output.WriteLine($"ticket nonce {t.SenderNonce}");
            output.WriteLine($"  hash            {t.TicketHash.ToHex()}");
            output.WriteLine($"  signer          {SignerText(t, inspection)}");
            output.WriteLine($"  EV              {t.ExpectedValue} wei");
            output.WriteLine($"  wins            {(t.Wins is { } wins ? (wins ? "yes" : "no") : "unknown (pass --recipient-rand)")}");
        }
    }

    /// <summary>
    /// {"sender","recipient","tickets":[{"senderNonce","ticketHash","signer","signatureValid","wins","ev"}]}
    /// plus a few extra fields.
    /// </summary>
    public static void WriteJson(PaymentInspection inspection, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var batch = inspection.Batch;
            json.WriteStartObject();
            json.WriteString("sender", inspection.Sender.ToString());
            if (batch is null)
            {
                json.WriteNull("recipient");
            }
            else
            {
                json.WriteString("recipient", batch.Params.Recipient.ToString());
            }
            json.WriteStartArray("tickets");
            foreach (var t in inspection.Tickets)
            {
                json.WriteStartObject();
                json.WriteNumber("senderNonce", t.SenderNonce);
                json.WriteString("ticketHash", t.TicketHash.ToHex());
                if (t.Signer is { } signer)
                {
                    json.WriteString("signer", signer.ToString());
                }
                else
                {
                    json.WriteNull("signer");
                }
                json.WriteBoolean("signatureValid", t.SignatureValid);
                if (t.Wins is { } wins)
                {
                    json.WriteBoolean("wins", wins);
                }
                else
                {
                    json.WriteNull("wins");
                }
                json.WriteString("ev", t.ExpectedValue.ToString());
                json.WriteString("signatureError", t.SignatureError);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteOptionalString(json, "expectedPrice", inspection.ExpectedPrice?.ToString());
            if (batch is not null)
            {
                WriteParams(json, batch);
            }
            if (inspection.RecipientRandMatches is { } matches)
            {
                json.WriteBoolean("recipientRandMatches", matches);
            }
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteParams(Utf8JsonWriter json, TicketBatch batch)
    {
        var p = batch.Params;
        json.WriteString("faceValue", p.FaceValue.ToString(CultureInfo.InvariantCulture));
        json.WriteString("winProb", p.WinProb.ToString(CultureInfo.InvariantCulture));
        json.WriteString("recipientRandHash", p.RecipientRandHash.ToHex());
        json.WriteString("expirationBlock", p.ExpirationBlock.ToString(CultureInfo.InvariantCulture));
        json.WriteNumber("creationRound", batch.ExpirationParams.CreationRound);
        json.WriteString("creationRoundBlockHash", batch.ExpirationParams.CreationRoundBlockHash.ToHex());
    }

    private static void WriteOptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string SignerText(TicketInspection t, PaymentInspection inspection) => t switch
    {
        { Signer: null } => $"none: {t.SignatureError}",
        { SignatureValid: true } => $"{t.Signer} (matches sender)",
        _ => $"{t.Signer} (does NOT match sender {inspection.Sender})",
    };
}
