using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Ai;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Directory;
using Livepeer.Grains.Placement;
using Livepeer.Grains.Redemption;
using Livepeer.Grains.Remote;
using Livepeer.Grains.Senders;
using Livepeer.Grains.Sessions;
using Livepeer.Grains.Signing;
using Livepeer.Grains.Tickets;
using Livepeer.Grains.Video;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Selection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Hosting;

/// <summary>
/// What a silo needs to host the payment grains. The host adds an <c>ILivepeerChain</c> (JSON-RPC or
/// in-memory), a default grain storage and, on gateways, <see cref="AddGatewaySigner"/>.
/// </summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// Registers options (bound from <paramref name="configuration"/> when given, validated at start),
    /// chain time reading, the chain watcher, the in-cluster orchestrator transport, the work runner and the
    /// GPU placement director (silos publish their role with <see cref="GpuSilos.UseGpuMetadata"/>).
    /// <see cref="PaymentOptions"/> and <see cref="SelectionOptions"/> hold big integers and rationals, so they
    /// are configured in code (<c>services.Configure</c>).
    /// </summary>
    public static IServiceCollection AddLivepeerGrains(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddValidatedOptions<PaymentOptions>(services, null, o => o.Errors());
        AddValidatedOptions<SelectionOptions>(services, null, o => o.Errors());
        AddValidatedOptions<ChainWatcherOptions>(services, configuration?.GetSection(ChainWatcherOptions.SectionName), o => o.Errors());
        AddValidatedOptions<SenderGrainOptions>(services, configuration?.GetSection(SenderGrainOptions.SectionName), o => o.Errors());
        AddValidatedOptions<TicketReceiverOptions>(services, configuration?.GetSection(TicketReceiverOptions.SectionName), o => o.Errors());
        AddValidatedOptions<RedemptionQueueOptions>(services, configuration?.GetSection(RedemptionQueueOptions.SectionName), o => o.Errors());
        AddValidatedOptions<OrchestratorDirectoryOptions>(services, configuration?.GetSection(OrchestratorDirectoryOptions.SectionName), o => o.Errors());
        AddValidatedOptions<RemoteOrchestratorOptions>(services, configuration?.GetSection(RemoteOrchestratorOptions.SectionName), o => o.Errors());
        AddValidatedOptions<RemoteDiscoveryOptions>(services, configuration?.GetSection(RemoteDiscoveryOptions.SectionName), o => o.Errors());
        AddValidatedOptions<AiOptions>(services, configuration?.GetSection(AiOptions.SectionName), o => o.Errors());
        services.AddSingleton<IConfigureOptions<SelectionOptions>, AiMaxPriceSetup>();
        AddValidatedOptions<StreamOptions>(services, configuration?.GetSection(StreamOptions.SectionName), o => o.Errors());
        AddValidatedOptions<TranscodeSlotsOptions>(services, configuration?.GetSection(TranscodeSlotsOptions.SectionName), o => o.Errors());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChainTimeReader>();
        services.TryAddSingleton<ChainWatcher>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ChainWatcher>());
        services.TryAddSingleton<IWorkRunner, JobWorkRunner>();
        services.TryAddSingleton<OrchestratorRequestProcessor>();
        services.TryAddSingleton<InClusterOrchestratorTransport>();
        services.TryAddSingleton<RemoteOrchestratorClients>();
        services.TryAddSingleton<RemoteOrchestratorTransport>();
        services.TryAddSingleton<IOrchestratorTransport, OrchestratorTransportRouter>();
        services.TryAddSingleton<DiscoverySources>();
        services.TryAddSingleton<RemoteOrchestratorDiscovery>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<RemoteOrchestratorDiscovery>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, AiJobHandler>());
        // Video: the orchestrator's "transcode" jobs, the silo's transcode slots; stream grains also need an
        // IMediaStore and (for transcoding and verification) ITranscoder / ISegmentInspector from the host.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, TranscodeJobHandler>());
        services.TryAddSingleton<TranscodeSlots>();
        services.TryAddSingleton<GpuSiloMonitor>();
        // On every silo, so any silo can place GPU grains (they land only where Silo:Gpu published gpu=true).
        if (!services.Any(d => d.ServiceType == typeof(GpuPlacementDirector)))
        {
            services.AddPlacementDirector<GpuPlacementStrategy, GpuPlacementDirector>();
        }
        return services;
    }

    /// <summary><see cref="AddLivepeerGrains(IServiceCollection, IConfiguration?)"/> for a silo builder.</summary>
    public static ISiloBuilder AddLivepeerGrains(this ISiloBuilder silo, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddLivepeerGrains(configuration);
        return silo;
    }

    /// <summary>Registers the gateway's ticket signer with the key <paramref name="key"/> yields (e.g. from a keystore).</summary>
    public static IServiceCollection AddGatewaySigner(this IServiceCollection services, Func<IServiceProvider, EthKey> key)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(key);
        services.AddSingleton<ITicketSigner>(sp => new GatewaySigner(key(sp)));
        return services;
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services, IConfiguration? section, Func<TOptions, IReadOnlyList<string>> errors)
        where TOptions : class
    {
        var builder = services.AddOptions<TOptions>();
        if (section is not null)
        {
            builder.Bind(section);
        }
        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new ErrorListValidator<TOptions>(errors)));
    }
}
