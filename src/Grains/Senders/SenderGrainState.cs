using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Payments;

namespace Livepeer.Grains.Senders;

[GenerateSerializer, Alias("livepeer.state.Sender")]
public sealed class SenderGrainState
{
    [Id(0)] public bool HasAccount { get; set; }
    [Id(1)] public string Deposit { get; set; } = "0";
    [Id(2)] public string ReserveFunds { get; set; } = "0";
    [Id(3)] public string ReserveClaimed { get; set; } = "0";
    [Id(4)] public long WithdrawRound { get; set; }
    [Id(5)] public long ReadAtBlock { get; set; }

    /// <summary>Nonce counters by recipientRandHash ("0x…" lower-case hex).</summary>
    [Id(6)] public Dictionary<string, NonceCounterState> Nonces { get; set; } = [];

    /// <summary>The L1 block expired counters were last dropped at.</summary>
    [Id(7)] public long PrunedAtBlock { get; set; }

    public SenderInfo ToSenderInfo() => new(
        StateText.BigInt(Deposit),
        new ReserveInfo(StateText.BigInt(ReserveFunds), StateText.BigInt(ReserveClaimed)),
        WithdrawRound);

    public void SetAccount(SenderInfo info, long readAtBlock)
    {
        ArgumentNullException.ThrowIfNull(info);
        HasAccount = true;
        Deposit = StateText.Of(info.Deposit);
        ReserveFunds = StateText.Of(info.Reserve.FundsRemaining);
        ReserveClaimed = StateText.Of(info.Reserve.ClaimedInCurrentRound);
        WithdrawRound = info.WithdrawRound;
        ReadAtBlock = readAtBlock;
    }
}
