using System.Numerics;
using System.Text.Json;
using Google.Protobuf;
using Livepeer.Cli.Commands.Payment;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Cli.Tests.Payment;

public sealed class PaymentInspectCommandTests
{
    [Fact]
    public void Text_output_shows_hash_signer_and_ev_of_the_spec_ticket()
    {
        var run = LpctlRun.Of("payment", "inspect", SpecHeader.Base64);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"sender            {SpecHeader.Sender}", run.Output);
        Assert.Contains($"recipient         {SpecHeader.Recipient}", run.Output);
        Assert.Contains("ticket nonce 1", run.Output);
        Assert.Contains($"hash            {SpecHeader.TicketHash}", run.Output);
        Assert.Contains($"signer          {SpecHeader.Sender} (matches sender)", run.Output);
        Assert.Contains("(~5.000000)", run.Output);
        Assert.Contains("wins            unknown (pass --recipient-rand)", run.Output);
    }

    [Fact]
    public void Text_output_with_recipient_rand_says_the_ticket_loses()
    {
        var run = LpctlRun.Of("payment", "inspect", SpecHeader.Base64, "--recipient-rand", SpecHeader.RecipientRand);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wins            no", run.Output);
        Assert.Contains("recipientRand     matches recipientRandHash", run.Output);
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var run = LpctlRun.Of("payment", "inspect", SpecHeader.Base64, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.Equal(SpecHeader.Sender, root.GetProperty("sender").GetString());
        Assert.Equal(SpecHeader.Recipient, root.GetProperty("recipient").GetString());
        var ticket = Assert.Single(root.GetProperty("tickets").EnumerateArray().ToArray());
        Assert.Equal(1, ticket.GetProperty("senderNonce").GetInt64());
        Assert.Equal(SpecHeader.TicketHash, ticket.GetProperty("ticketHash").GetString());
        Assert.Equal(SpecHeader.Sender, ticket.GetProperty("signer").GetString());
        Assert.True(ticket.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("wins").ValueKind);

        var winProb = BigInteger.Parse("5789604461865809771178549250434395392663499233282028201972879200395660", System.Globalization.CultureInfo.InvariantCulture);
        var ev = new BigRational(100_000_000 * winProb, BigEndian.MaxUint256);
        Assert.Equal(ev, BigRational.Parse(ticket.GetProperty("ev").GetString()!));
        Assert.Matches("^[0-9]+/[0-9]+$", ticket.GetProperty("ev").GetString()!);
        Assert.StartsWith("{\"sender\":\"0x96216849c49358B10257cb55b28eA603c874b05E\",\"recipient\":\"0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F\",\"tickets\":[{\"senderNonce\":1,\"ticketHash\":\"cf5ee430", run.Output);
    }

    [Fact]
    public void Json_output_with_recipient_rand_has_wins_false()
    {
        var run = LpctlRun.Of("payment", "inspect", SpecHeader.Base64, "--json", "--recipient-rand", SpecHeader.RecipientRand);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var ticket = doc.RootElement.GetProperty("tickets")[0];
        Assert.False(ticket.GetProperty("wins").GetBoolean());
        Assert.True(ticket.GetProperty("signatureValid").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("recipientRandMatches").GetBoolean());
    }

    [Fact]
    public void Always_winning_spec_ticket_wins()
    {
        // pm-protocol.md §12.2: the same ticket with winProb = MAXP, nonce 1.
        var header = SpecHeader.With(p =>
        {
            p.TicketParams.WinProb = ByteString.CopyFrom(BigEndian.MinBytes(BigEndian.MaxUint256));
            p.TicketSenderParams[0].Sig = ByteString.CopyFrom(Convert.FromHexString(
                "158dc50026685cbd9fd1a1e0ae43b20dfb1aa5767700d736a8d4f572df4a4c343a6587aa8a6b8d3a41d839f45b5bb41efa76f468882cf3ffe596f332c3be166f1b"));
        });
        var run = LpctlRun.Of("payment", "inspect", header, "--json", "--recipient-rand", SpecHeader.RecipientRand);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var ticket = doc.RootElement.GetProperty("tickets")[0];
        Assert.Equal("8bacd0da5baefee87f7f7fb96f1133596a0da91ccb6403e387c3997ee339c93c", ticket.GetProperty("ticketHash").GetString());
        Assert.True(ticket.GetProperty("signatureValid").GetBoolean());
        Assert.True(ticket.GetProperty("wins").GetBoolean());
        Assert.Equal("100000000/1", ticket.GetProperty("ev").GetString());
    }

    [Fact]
    public void Not_base64_exits_2_naming_base64()
    {
        var run = LpctlRun.Of("payment", "inspect", "this is not base64!");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("base64", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Random_bytes_exit_2_naming_protobuf()
    {
        var bytes = new byte[64];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x07; // field 0, wire type 7: never a valid tag, whatever follows
        var run = LpctlRun.Of("payment", "inspect", Convert.ToBase64String(bytes));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("protobuf", run.Error);
    }

    [Fact]
    public void Wrong_length_field_exits_2_naming_the_field()
    {
        var header = SpecHeader.With(p => p.TicketParams.Recipient = ByteString.CopyFrom(1, 2, 3));
        var run = LpctlRun.Of("payment", "inspect", header);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("field ticket_params.recipient: expected 20 bytes, got 3", run.Error);
    }

    [Fact]
    public void Missing_expiration_params_exits_2_naming_it()
    {
        var run = LpctlRun.Of("payment", "inspect", SpecHeader.With(p => p.ExpirationParams = null), "--json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("field expiration_params: missing", run.Error);
    }

    [Fact]
    public void Flipped_signature_byte_exits_1_and_reports_the_ticket_invalid()
    {
        var header = SpecHeader.With(p =>
        {
            var sig = p.TicketSenderParams[0].Sig.ToByteArray();
            sig[10] ^= 0x01;
            p.TicketSenderParams[0].Sig = ByteString.CopyFrom(sig);
        });
        var run = LpctlRun.Of("payment", "inspect", header, "--json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var ticket = doc.RootElement.GetProperty("tickets")[0];
        Assert.False(ticket.GetProperty("signatureValid").GetBoolean());
        Assert.NotEqual(SpecHeader.Sender, ticket.GetProperty("signer").GetString());
        Assert.Contains("not the sender's", run.Error);
    }

    [Fact]
    public void Unrecoverable_signature_exits_1_with_the_verifier_reason()
    {
        var header = SpecHeader.With(p => p.TicketSenderParams[0].Sig = ByteString.CopyFrom(new byte[64]));
        var run = LpctlRun.Of("payment", "inspect", header);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("signer          none: invalid signature length", run.Output);
    }

    [Fact]
    public void Payment_without_tickets_lists_none()
    {
        var header = SpecHeader.With(p =>
        {
            p.TicketParams = null;
            p.ExpirationParams = null;
            p.TicketSenderParams.Clear();
        });
        var run = LpctlRun.Of("payment", "inspect", header, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(SpecHeader.Sender, doc.RootElement.GetProperty("sender").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("recipient").ValueKind);
        Assert.Equal(0, doc.RootElement.GetProperty("tickets").GetArrayLength());
    }

    [Fact]
    public void Bad_recipient_rand_and_usage_errors_exit_2()
    {
        var rand = LpctlRun.Of("payment", "inspect", SpecHeader.Base64, "--recipient-rand", "xyz");
        Assert.Equal(2, rand.ExitCode);
        Assert.Contains("--recipient-rand", rand.Error);

        var usage = LpctlRun.Of("payment", "inspect");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("lpctl:", usage.Error);
    }

    [Fact]
    public void Command_entry_can_be_called_directly()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, PaymentInspectCommand.Execute(SpecHeader.Base64, SpecHeader.RecipientRand, json: false, output, error));
        Assert.Contains("wins            no", output.ToString());
    }
}
