using Livepeer.Grains.Remote;
using Livepeer.Silo.Options;
using Livepeer.Silo.Orchestrator;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Hosting;

public static class OrchestratorExtensions
{
    /// <summary>
    /// The node's own orchestrator (<c>Orchestrator:Address</c>): configured and listed in the directory when the silo starts,
    /// unless <c>Orchestrator:Enabled</c> is false (a gateway-only node, which then must have a discovery source).
    /// </summary>
    public static ISiloBuilder AddNodeOrchestrator(this ISiloBuilder silo, IConfiguration configuration)
    {
        // Validated now so that a bad address stops the silo before it joins the cluster.
        var options = configuration.GetValidated(OrchestratorOptions.SectionName, new OrchestratorOptionsValidator());
        if (options.Enabled)
        {
            return silo.AddStartupTask<NodeOrchestratorRegistration>();
        }
        // Gateway only: with no orchestrator of its own and none to discover, every job would fail with 503.
        var discovery = configuration.GetSection(RemoteDiscoveryOptions.SectionName).Get<RemoteDiscoveryOptions>() ?? new RemoteDiscoveryOptions();
        if (!discovery.HasSources)
        {
            throw new OptionsValidationException(OrchestratorOptions.SectionName, typeof(OrchestratorOptions),
            [
                $"{OrchestratorOptions.SectionName}:Enabled is false (a gateway-only node), so it needs orchestrators to buy from: set "
                    + $"{RemoteDiscoveryOptions.SectionName}:Orchestrators, {RemoteDiscoveryOptions.SectionName}:WebhookUrl or {RemoteDiscoveryOptions.SectionName}:OnChain=true.",
            ]);
        }
        return silo;
    }
}
