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

    /// <summary>
    /// Per-params nonce counters by recipientRandHash, as states stored before the shared nonce sequence have them:
    /// a fresh activation starts the sequence past all of them, and the first block it stores drops them.
    /// </summary>
    [Id(6)] public Dictionary<string, NonceCounterState> Nonces { get; set; } = [];

    /// <summary>The end of the stored nonce block (<see cref="NonceLease"/> position): no activation ever hands out a nonce at or past it.</summary>
    [Id(8)] public long NonceLeaseEnd { get; set; }

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
