using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Orleans.Concurrency;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// Runs paid work on the receiving silo through its <see cref="IWorkRunner"/>, then debits the ticket
/// receiver's session. Stateless: the debit is the receiver's, the work is the job handler's.
/// </summary>
[StatelessWorker, GrainType("livepeer.paidwork")]
public sealed class PaidWorkGrain(IWorkRunner worker) : Grain, IPaidWorkGrain
{
    public async Task<PaidWorkResult> Run(EthAddress sender, string sessionKey, WorkOrder work, BigRational price)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionKey);
        ArgumentNullException.ThrowIfNull(work);
        if (!EthAddress.TryParse(this.GetPrimaryKeyString(), out var orchestrator, out var error))
        {
            throw new ArgumentException($"a paid-work grain is keyed by the orchestrator's ETH address: {error}");
        }
        var receiver = GrainFactory.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(orchestrator, sender));
        WorkOutput output;
        try
        {
            using var span = PushTracing.Start(PushTracing.WorkJob);
            output = await worker.RunAsync(orchestrator, work);
        }
        catch (WorkRejectedException e)
        {
            // The job's error goes back to the gateway and nothing is debited; the gateway's credit is spent.
            return new PaidWorkResult(null, await receiver.GetBalance(sessionKey), e.Message, e.IsBadInput);
        }
        BigRational balance;
        using (PushTracing.Start(PushTracing.ReceiverDebit))
        {
            balance = await receiver.Debit(sessionKey, new BigRational(output.Units) * price);
        }
        return new PaidWorkResult(output, balance, null, false);
    }
}
