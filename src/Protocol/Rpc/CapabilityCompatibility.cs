namespace Livepeer.Protocol.Rpc;

/// <summary>
/// Whether a job's capabilities fit an orchestrator's (pm-protocol.md §9.4, gateway-api.md §3.7), in
/// go-livepeer's order: Livepeer version, the orchestrator's mandatory bits, per-capability model
/// constraints, then the job's bits. A job without capabilities counts as an empty bit string.
/// </summary>
public static class CapabilityCompatibility
{
    public const string ErrIncompatible = "incompatible capabilities";

    public static bool IsCompatible(Capabilities? job, Capabilities? orchestrator)
    {
        job ??= new Capabilities();
        orchestrator ??= new Capabilities();
        return VersionFits(job.Constraints?.MinVersion, orchestrator.Version)
            && CapabilityBits.IsSubset(orchestrator.Mandatories, job.Bitstring)
            && ModelsFit(job, orchestrator)
            && CapabilityBits.IsSubset(job.Bitstring, orchestrator.Bitstring);
    }

    private static bool VersionFits(string? minVersion, string orchestratorVersion)
    {
        if (string.IsNullOrEmpty(minVersion))
        {
            return true;
        }
        if (orchestratorVersion.Length == 0 || orchestratorVersion == "undefined")
        {
            return false;
        }
        // An unreadable minimum does not exclude anyone; an unreadable orchestrator version does.
        if (!LooseSemVer.TryParse(minVersion, out var min))
        {
            return true;
        }
        return LooseSemVer.TryParse(orchestratorVersion, out var version) && version.CompareTo(min) >= 0;
    }

    private static bool ModelsFit(Capabilities job, Capabilities orchestrator)
    {
        if (job.Constraints is null)
        {
            return true;
        }
        foreach (var (capability, wanted) in job.Constraints.PerCapability)
        {
            if (orchestrator.Constraints is null || !orchestrator.Constraints.PerCapability.TryGetValue(capability, out var offered))
            {
                // No constraints on this capability: assumed compatible.
                continue;
            }
            foreach (var (model, constraint) in wanted.Models)
            {
                if (!offered.Models.TryGetValue(model, out var offer) || (constraint.Warm && !offer.Warm))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
