using System.CommandLine;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Cli.Commands.Payment;

/// <summary>
/// `lpctl payment inspect &lt;header&gt; [--recipient-rand HEX] [--json]`: decodes a Livepeer-Payment
/// header and checks every ticket (hash, signer, EV, and the win test when recipientRand is known).
/// Exit 0 when every signature is the sender's, 1 when any is not, 2 when the header cannot be decoded.
/// </summary>
public static class PaymentInspectCommand
{
    public static Command Create()
    {
        var header = new Argument<string>("header") { Description = "the Livepeer-Payment header value (standard base64 of a protobuf net.Payment)" };
        var recipientRand = new Option<string?>("--recipient-rand") { Description = "the orchestrator's recipientRand (64 hex digits) to run the win test" };
        var json = new Option<bool>("--json") { Description = "print JSON instead of text" };
        var command = new Command("inspect", "Decode a Livepeer-Payment header and check its tickets") { header, recipientRand, json };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(header)!,
            parseResult.GetValue(recipientRand),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The command's entry: runs one inspection and returns the exit code.</summary>
    public static int Execute(string header, string? recipientRandHex, bool json, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Hash32? recipientRand = null;
        if (recipientRandHex is not null)
        {
            if (!Hash32.TryParse(recipientRandHex, out var rand, out var randError))
            {
                error.WriteLine($"lpctl: --recipient-rand: {randError}");
                return LpctlApp.ExitBadInput;
            }
            recipientRand = rand;
        }

        PaymentInspection inspection;
        try
        {
            inspection = PaymentInspection.Inspect(header.Trim(), recipientRand);
        }
        catch (WireFormatException e)
        {
            error.WriteLine($"lpctl: cannot decode payment ({LayerName(e.Layer)} layer): {e.Message}");
            return LpctlApp.ExitBadInput;
        }

        if (json)
        {
            PaymentInspectionWriter.WriteJson(inspection, output);
        }
        else
        {
            PaymentInspectionWriter.WriteText(inspection, output);
        }
        if (!inspection.AllSignaturesValid)
        {
            int bad = inspection.Tickets.Count(t => !t.SignatureValid);
            error.WriteLine($"lpctl: {bad} of {inspection.Tickets.Count} ticket signature(s) are not the sender's");
            return LpctlApp.ExitCheckFailed;
        }
        return LpctlApp.ExitOk;
    }

    private static string LayerName(WireLayer layer) => layer switch
    {
        WireLayer.Base64 => "base64",
        WireLayer.Protobuf => "protobuf",
        _ => "field",
    };
}
