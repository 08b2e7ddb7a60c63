using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Payments;

/// <summary>An orchestrator and a funded gateway with real keys; issues params and signs batches for receiver tests.</summary>
public sealed class ReceiverFixture
{
    public const long IssuedAtBlock = 1_000;
    public const long Round = 77;

    public static readonly EthKey SenderKey = EthKey.FromHex("fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19");
    public static readonly EthAddress Recipient = EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F");
    public static readonly byte[] Secret = Convert.FromHexString("0b0d8d5bdc18d8a2b8c4f0e7c0e2fb5e3c0c7d7c8a6f7e2b1b0c9d8e7f6a5b4c");
    public static readonly Hash32 RoundBlockHash = Hash32.Parse("41b1a0649752af1b28b3dc29a1556eee781e4a4c3a1f7f53f90fa834de098c4d");
    public static readonly SenderInfo FundedSender = new(BigInteger.Pow(10, 18), new ReserveInfo(BigInteger.Pow(10, 18), 0), 0);
    public static readonly BigRational Price = new(3, 2);

    public static PaymentOptions Options => new();

    public static TicketParamsIssuer Issuer => new(Recipient, Secret, Options);

    public static TicketExpirationParams Expiration => new(Round, RoundBlockHash);

    /// <summary>Ordinary params: face value EV × 100, win probability 1/100.</summary>
    public static TicketParams IssueParams(BigInteger? maxFloat = null)
    {
        Assert.True(Issuer.TryIssue(SenderKey.Address, Price, 0, maxFloat ?? BigInteger.Pow(10, 18), IssuedAtBlock, Expiration, out var p, out var error), error);
        return p;
    }

    /// <summary>Params whose tickets always win: the max float equals EV, so face value = EV and winProb = MAXP.</summary>
    public static TicketParams AlwaysWinningParams() => IssueParams(PmConstants.DefaultTicketEV);

    public static TicketBatch Sign(TicketParams p, uint firstNonce, int count) => TicketBatch.Sign(p, Expiration, SenderKey, firstNonce, count);

    public static TicketReceipt Receive(TicketBatch batch, ISenderNonceStore nonces, SenderInfo? sender = null, long block = IssuedAtBlock, long round = Round) =>
        TicketReceiver.Receive(batch, Recipient, Secret, sender ?? FundedSender, block, round, nonces);
}
