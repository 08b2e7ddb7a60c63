using Livepeer.Silo.Options;
using Livepeer.Silo.Orchestrator;

namespace Livepeer.Silo.Hosting;

public static class OrchestratorExtensions
{
    /// <summary>The node's own orchestrator (<c>Orchestrator:Address</c>): configured and listed in the directory when the silo starts.</summary>
    public static ISiloBuilder AddNodeOrchestrator(this ISiloBuilder silo, IConfiguration configuration)
    {
        // Validated now so that a bad address stops the silo before it joins the cluster.
        configuration.GetValidated(OrchestratorOptions.SectionName, new OrchestratorOptionsValidator());
        return silo.AddStartupTask<NodeOrchestratorRegistration>();
    }
}
