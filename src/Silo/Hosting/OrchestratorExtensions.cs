using Livepeer.Silo.Options;
using Livepeer.Silo.Orchestrator;

namespace Livepeer.Silo.Hosting;

public static class OrchestratorExtensions
{
    /// <summary>
    /// The node's own orchestrator (<c>Orchestrator:Address</c>): configured and listed in the directory when the silo starts,
    /// unless <c>Orchestrator:Enabled</c> is false (a gateway-only node).
    /// </summary>
    public static ISiloBuilder AddNodeOrchestrator(this ISiloBuilder silo, IConfiguration configuration)
    {
        // Validated now so that a bad address stops the silo before it joins the cluster.
        var options = configuration.GetValidated(OrchestratorOptions.SectionName, new OrchestratorOptionsValidator());
        return options.Enabled ? silo.AddStartupTask<NodeOrchestratorRegistration>() : silo;
    }
}
