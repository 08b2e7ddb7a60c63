namespace Livepeer.Silo.Options;

/// <summary>
/// How fast the cluster declares a silo that stopped answering dead (section <c>Silo:Liveness</c>), so that its
/// grains come back elsewhere from storage. Every setting left unset keeps Orleans's own default (production
/// values); tests and small local clusters shorten them.
/// </summary>
public sealed class SiloLivenessOptions
{
    public const string SectionName = "Silo:Liveness";

    /// <summary>Time a liveness probe may take, and the period between probes (Orleans default 5 s).</summary>
    public TimeSpan? ProbeTimeout { get; set; }

    /// <summary>Missed probes after which a silo is suspected dead (Orleans default 3).</summary>
    public int? MissedProbesLimit { get; set; }

    /// <summary>Period between reads of the membership table (Orleans default 60 s).</summary>
    public TimeSpan? TableRefreshTimeout { get; set; }

    /// <summary>Period between this silo's heartbeats in the membership table (Orleans default 30 s).</summary>
    public TimeSpan? IAmAliveTablePublishTimeout { get; set; }

    /// <summary>Copies the settings that are set onto Orleans's options; the others keep Orleans's defaults.</summary>
    public void ApplyTo(Orleans.Configuration.ClusterMembershipOptions membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (ProbeTimeout is { } probe)
        {
            membership.ProbeTimeout = probe;
        }
        if (MissedProbesLimit is { } missed)
        {
            membership.NumMissedProbesLimit = missed;
        }
        if (TableRefreshTimeout is { } refresh)
        {
            membership.TableRefreshTimeout = refresh;
        }
        if (IAmAliveTablePublishTimeout is { } heartbeat)
        {
            membership.IAmAliveTablePublishTimeout = heartbeat;
        }
    }
}
