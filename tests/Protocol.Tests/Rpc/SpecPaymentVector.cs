using System.Numerics;
using Google.Protobuf;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Rpc;

/// <summary>The inputs of pm-protocol.md §12.2 and the Payment B builds from them (nonce 1).</summary>
internal static class SpecPaymentVector
{
    public const string SenderKeyHex = "fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19";
    public const string Sender = "0x96216849c49358B10257cb55b28eA603c874b05E";
    public const string Recipient = "0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F";
    public static readonly BigInteger FaceValue = 100_000_000;
    public static readonly BigInteger WinProb = BigInteger.Parse("5789604461865809771178549250434395392663499233282028201972879200395660", System.Globalization.CultureInfo.InvariantCulture);
    public const long CreationRound = 10;
    public const string CreationRoundBlockHash = "41b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d";
    public const long ExpirationBlock = 41;
    public const string Seed = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
    public const string RecipientRand = "f61aa209bc76c07f35b66c48dfcf467a0f09ccc46adf1ef707ef9d676ce7e371";
    public const string RecipientRandHash = "390a968e8123f255fb7c4f534d69925ea53d1ff69e0a63310cd1719917c21aa2";
    public const string TicketHash1 = "cf5ee43027b5ce600fbce6b3f43330f4ad92f4a3838439452608a66cc7a76c3e";
    public const string Sig1 = "c0a99302077b38f333509a6310c4a0586fa2f5b2457dc250d8517d889b1e2b072c60d4aeb5a69486b0ea3634eddc9a6e5b548da7a4607bd21902c289687c4f5b1b";

    public const string PaymentHex =
        "0a82010a1473aed7b5deb30222fa896f399d46cc99c7bee57f120405f5e1001a1dd6bf94d5e57a42bc3d32907604691b4c8ca08cd2e1b9c3db8c8330a18c2220390a968e8123f255fb7c4f534d69925ea53d1ff69e0a63310cd1719917c21aa22a200102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20320129121496216849c49358b10257cb55b28ea603c874b05e1a24080a122041b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d224508011241c0a99302077b38f333509a6310c4a0586fa2f5b2457dc250d8517d889b1e2b072c60d4aeb5a69486b0ea3634eddc9a6e5b548da7a4607bd21902c289687c4f5b1b2a0408011001";

    public const string PaymentBase64 =
        "CoIBChRzrte13rMCIvqJbzmdRsyZx77lfxIEBfXhABod1r+U1eV6Qrw9MpB2BGkbTIygjNLhucPbjIMwoYwiIDkKlo6BI/JV+3xPU01pkl6lPR/2ngpjMQzRcZkXwhqiKiABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fIDIBKRIUliFoScSTWLECV8tVso6mA8h0sF4aJAgKEiBBsaBkl1KvGyiz3CmhVW7ueB5KTDoff1P5D6g03gmMTSJFCAESQcCpkwIHezjzM1CaYxDEoFhvovWyRX3CUNhRfYibHisHLGDUrrWmlIaw6jY07dyabltUjaekYHvSGQLCiWh8T1sbKgQIARAB";

    /// <summary>The Payment as B fills it: ticket params fields 1–6, sender, expiration params, one ticket, price 1/1.</summary>
    public static Payment Build(byte[] signature) => new()
    {
        TicketParams = new TicketParams
        {
            Recipient = Bytes(Convert.FromHexString(Recipient[2..])),
            FaceValue = Bytes(BigEndian.MinBytes(FaceValue)),
            WinProb = Bytes(BigEndian.MinBytes(WinProb)),
            RecipientRandHash = Bytes(Convert.FromHexString(RecipientRandHash)),
            Seed = Bytes(BigEndian.MinBytes(BigEndian.FromBytes(Convert.FromHexString(Seed)))),
            ExpirationBlock = Bytes(BigEndian.MinBytes(ExpirationBlock)),
        },
        Sender = Bytes(Convert.FromHexString(Sender[2..])),
        ExpirationParams = new TicketExpirationParams
        {
            CreationRound = CreationRound,
            CreationRoundBlockHash = Bytes(Convert.FromHexString(CreationRoundBlockHash)),
        },
        TicketSenderParams = { new TicketSenderParams { SenderNonce = 1, Sig = Bytes(signature) } },
        ExpectedPrice = new PriceInfo { PricePerUnit = 1, PixelsPerUnit = 1 },
    };

    private static ByteString Bytes(byte[] bytes) => ByteString.CopyFrom(bytes);
}
