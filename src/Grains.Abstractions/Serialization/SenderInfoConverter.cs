using Livepeer.Protocol.Payments;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class SenderInfoConverter : IConverter<SenderInfo, SenderInfoSurrogate>
{
    public SenderInfo ConvertFromSurrogate(in SenderInfoSurrogate s) =>
        new(s.Deposit, new ReserveInfo(s.ReserveFundsRemaining, s.ReserveClaimedInCurrentRound), s.WithdrawRound);

    public SenderInfoSurrogate ConvertToSurrogate(in SenderInfo v) =>
        new(v.Deposit, v.Reserve.FundsRemaining, v.Reserve.ClaimedInCurrentRound, v.WithdrawRound);
}
