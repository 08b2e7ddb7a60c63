using Livepeer.Protocol.Numerics;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>
/// The gateway's paid session with one orchestrator (key: a gateway-side session id): latest
/// OrchestratorInfo, balance (exact), the price at the start. "Pay, then call".
/// </summary>
[Alias("livepeer.IOrchestratorSessionGrain")]
public interface IOrchestratorSessionGrain : IGrainWithStringKey
{
    /// <summary>Gets the first OrchestratorInfo and fixes the initial price. A session is bound to one orchestrator.</summary>
    [Alias("Open")]
    Task<SessionOpenResult> Open(SessionOpenRequest request);

    /// <summary>
    /// Pays for <paramref name="work"/> and has it done: computes the fee, stages the balance, reserves
    /// nonces, signs tickets, sends the payment with the call, settles the balance by the outcome and
    /// takes the refreshed params from the answer.
    /// </summary>
    [Alias("PayAndCall")]
    Task<PaidCallResult> PayAndCall(WorkOrder work);

    [ReadOnly, Alias("GetBalance")]
    Task<BigRational> GetBalance();

    [ReadOnly, Alias("GetSnapshot")]
    Task<SessionSnapshot> GetSnapshot();
}
