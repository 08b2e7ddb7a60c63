using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Persistence;

namespace Livepeer.Grains.Redemption;

[GenerateSerializer, Alias("livepeer.state.RedemptionEntry")]
public sealed class RedemptionEntryState
{
    [Id(0)] public string TicketHash { get; set; } = "";
    [Id(1)] public WinnerState Winner { get; set; } = new();
    [Id(2)] public RedemptionStatus Status { get; set; }
    [Id(3)] public int Attempts { get; set; }
    [Id(4)] public string? LastError { get; set; }
    [Id(5)] public string? TransactionHash { get; set; }
    [Id(6)] public string AmountPaid { get; set; } = "0";
    [Id(7)] public DateTimeOffset EnqueuedAt { get; set; }
    [Id(8)] public DateTimeOffset? CompletedAt { get; set; }

    public bool IsOpen => Status is RedemptionStatus.Pending or RedemptionStatus.Sending;
}
