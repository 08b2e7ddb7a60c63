using System.Numerics;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// What came back from an orchestrator for a <see cref="PaidCall"/>: <see cref="PaidCallStatus.Rejected"/>
/// or <see cref="PaidCallStatus.Completed"/> (a transport that got no answer throws instead).
/// </summary>
/// <param name="ChargedUnits">units the orchestrator debited (output pixels or AI units)</param>
/// <param name="Output">what the job produced, when it completed</param>
/// <param name="BadInput">a rejection because the job's input itself was bad</param>
/// <param name="RefreshedQuote">fresh OrchestratorInfo for the next call (new params, same session), when sent</param>
public sealed record PaidCallResponse(
    PaidCallStatus Status,
    string? Error,
    PaymentReceipt? Receipt,
    BigInteger ChargedUnits,
    OrchestratorQuote? RefreshedQuote,
    WorkOutput? Output = null,
    bool BadInput = false);
