using Livepeer.Grains.Hosting;
using Livepeer.Silo.Diagnostics;
using Livepeer.Silo.Options;
using Livepeer.Grains.Placement;
using Orleans.Dashboard;

namespace Livepeer.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>The whole silo: validated options, Orleans (clustering, storage, chain, grains, ticket numbers, the node's orchestrator, video, AI, GPU metadata, dashboard), telemetry, lifetime logging.</summary>
    public static IHostApplicationBuilder AddLivepeerSilo(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddValidatedOptions<ClusterIdentityOptions, ClusterIdentityOptionsValidator>(configuration, ClusterIdentityOptions.SectionName);
        builder.Services.AddValidatedOptions<SiloOptions, SiloOptionsValidator>(configuration, SiloOptions.SectionName);
        builder.Services.AddValidatedOptions<SiloLivenessOptions, SiloLivenessOptionsValidator>(configuration, SiloLivenessOptions.SectionName);
        builder.Services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.SectionName);
        builder.Services.AddValidatedOptions<ChainOptions, ChainOptionsValidator>(configuration, ChainOptions.SectionName);
        builder.Services.AddValidatedOptions<OrchestratorOptions, OrchestratorOptionsValidator>(configuration, OrchestratorOptions.SectionName);
        builder.Services.AddValidatedOptions<PaymentsOptions, PaymentsOptionsValidator>(configuration, PaymentsOptions.SectionName);

        var silo = configuration.GetValidated(SiloOptions.SectionName, new SiloOptionsValidator());
        builder.UseOrleans(siloBuilder => siloBuilder
            .AddLivepeerClustering(configuration)
            .AddLivepeerGrainStorage(configuration)
            .AddLivepeerChain(configuration)
            .AddLivepeerGrains(configuration)
            .AddLivepeerPayments(configuration)
            .AddNodeOrchestrator(configuration)
            .AddLivepeerVideo(configuration)
            .AddLivepeerAi(configuration)
            .UseGpuMetadata(silo.Gpu)
            // The dashboard's grains and per-silo statistics; the gateway API serves its pages at /dashboard.
            .AddDashboard());

        builder.AddLivepeerSiloTelemetry();
        builder.Services.AddHostedService<SiloLifetimeMonitor>();
        return builder;
    }
}
