using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>
/// Runs paid work for one orchestrator on the silo that receives the call (key: the orchestrator's
/// address, lower-case hex) and debits the session for what it produced. Callers outside the silo
/// (the wire endpoints) reach the silo's job handlers through it.
/// </summary>
[Alias("livepeer.IPaidWorkGrain")]
public interface IPaidWorkGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs <paramref name="work"/>; on success debits the session <paramref name="sessionKey"/> of
    /// <paramref name="sender"/> by the produced units × <paramref name="price"/>. A job the handler
    /// rejects debits nothing and comes back as <see cref="PaidWorkResult.Error"/>.
    /// </summary>
    [Alias("Run")]
    Task<PaidWorkResult> Run(EthAddress sender, string sessionKey, WorkOrder work, BigRational price);
}
