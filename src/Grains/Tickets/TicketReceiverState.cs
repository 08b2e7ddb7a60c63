using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Payments;

namespace Livepeer.Grains.Tickets;

[GenerateSerializer, Alias("livepeer.state.TicketReceiver")]
public sealed class TicketReceiverState
{
    [Id(0)] public bool HasSenderInfo { get; set; }
    [Id(1)] public string Deposit { get; set; } = "0";
    [Id(2)] public string ReserveFunds { get; set; } = "0";
    [Id(3)] public string ReserveClaimed { get; set; } = "0";
    [Id(4)] public long WithdrawRound { get; set; }

    /// <summary>What this orchestrator claimed from the sender's reserve in <see cref="SenderInfoRound"/>.</summary>
    [Id(5)] public string ClaimedByOrchestrator { get; set; } = "0";

    [Id(6)] public long SenderInfoRound { get; set; }
    [Id(7)] public long SenderInfoBlock { get; set; }

    /// <summary>Seen nonces by recipientRand ("0x…" lower-case hex).</summary>
    [Id(8)] public Dictionary<string, NonceSetState> Nonces { get; set; } = [];

    [Id(9)] public long PrunedAtBlock { get; set; }

    /// <summary>Credit by session key (the auth-token session id, or the manifest id for /payment).</summary>
    [Id(10)] public Dictionary<string, SessionCreditState> Sessions { get; set; } = [];

    /// <summary>Winners stored with the payment that found them and not yet acknowledged by the redemption queue.</summary>
    [Id(11)] public List<WinnerState> Outbox { get; set; } = [];

    public SenderInfo ToSenderInfo() => new(
        StateText.BigInt(Deposit),
        new ReserveInfo(StateText.BigInt(ReserveFunds), StateText.BigInt(ReserveClaimed)),
        WithdrawRound);

    public void SetSenderInfo(SenderInfo info, System.Numerics.BigInteger claimedByOrchestrator, long round, long block)
    {
        ArgumentNullException.ThrowIfNull(info);
        HasSenderInfo = true;
        Deposit = StateText.Of(info.Deposit);
        ReserveFunds = StateText.Of(info.Reserve.FundsRemaining);
        ReserveClaimed = StateText.Of(info.Reserve.ClaimedInCurrentRound);
        WithdrawRound = info.WithdrawRound;
        ClaimedByOrchestrator = StateText.Of(claimedByOrchestrator);
        SenderInfoRound = round;
        SenderInfoBlock = block;
    }
}
