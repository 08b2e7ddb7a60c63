using System.Globalization;
using System.Numerics;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>A redemption queue snapshot as the admin API answers it. Secrets a winner carries (its recipientRand) never leave the grain.</summary>
public static class RedemptionQueueJson
{
    public static RedemptionQueueResponse Write(EthAddress orchestrator, RedemptionQueueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var pendingFaceValue = snapshot.Pending.Aggregate(BigInteger.Zero, (sum, w) => sum + w.FaceValue);
        return new RedemptionQueueResponse(
            orchestrator.ToString(),
            snapshot.Pending.Count,
            snapshot.Redeemed.Count,
            snapshot.Failed.Count,
            Wei(pendingFaceValue),
            [.. snapshot.Pending.Concat(snapshot.Redeemed).Concat(snapshot.Failed).Select(Summary)]);
    }

    private static RedemptionTicketSummary Summary(QueuedWinner w) => new(
        w.TicketHash.ToString(),
        w.Sender.ToString(),
        Wei(w.FaceValue),
        w.SenderNonce,
        Wei(w.ParamsExpirationBlock),
        w.CreationRound,
        w.Status switch
        {
            RedemptionStatus.Pending => "pending",
            RedemptionStatus.Sending => "sending",
            RedemptionStatus.Redeemed => "redeemed",
            RedemptionStatus.Failed => "failed",
            _ => w.Status.ToString().ToLowerInvariant(),
        },
        w.Attempts,
        w.LastError,
        w.TransactionHash?.ToString(),
        Wei(w.AmountPaid));

    private static string Wei(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
