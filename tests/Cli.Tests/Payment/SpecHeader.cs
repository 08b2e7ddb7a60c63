using Livepeer.Protocol.Rpc;

namespace Livepeer.Cli.Tests.Payment;

/// <summary>The Livepeer-Payment header of pm-protocol.md §12.2 and helpers to corrupt it.</summary>
internal static class SpecHeader
{
    public const string Base64 =
        "CoIBChRzrte13rMCIvqJbzmdRsyZx77lfxIEBfXhABod1r+U1eV6Qrw9MpB2BGkbTIygjNLhucPbjIMwoYwiIDkKlo6BI/JV+3xPU01pkl6lPR/2ngpjMQzRcZkXwhqiKiABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fIDIBKRIUliFoScSTWLECV8tVso6mA8h0sF4aJAgKEiBBsaBkl1KvGyiz3CmhVW7ueB5KTDoff1P5D6g03gmMTSJFCAESQcCpkwIHezjzM1CaYxDEoFhvovWyRX3CUNhRfYibHisHLGDUrrWmlIaw6jY07dyabltUjaekYHvSGQLCiWh8T1sbKgQIARAB";

    public const string Sender = "0x96216849c49358B10257cb55b28eA603c874b05E";
    public const string Recipient = "0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F";
    public const string TicketHash = "cf5ee43027b5ce600fbce6b3f43330f4ad92f4a3838439452608a66cc7a76c3e";
    public const string RecipientRand = "f61aa209bc76c07f35b66c48dfcf467a0f09ccc46adf1ef707ef9d676ce7e371";

    /// <summary>The header's Payment after <paramref name="change"/>, re-encoded.</summary>
    public static string With(Action<Protocol.Rpc.Payment> change)
    {
        var payment = PaymentWire.ParseHeader(Base64);
        change(payment);
        return PaymentWire.ToHeader(payment);
    }
}
