using Livepeer.AzureStorage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Messaging;

namespace Livepeer.AzureStorage.Clustering;

/// <summary>Wires Azure Table membership into silos and gateway discovery into clients.</summary>
public static class AzureTableClusteringExtensions
{
    /// <summary>Uses <see cref="AzureTableMembershipTable"/> for this silo's cluster membership.</summary>
    public static ISiloBuilder UseAzureTableClustering(this ISiloBuilder builder, Action<AzureTableClusteringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseAzureTableClustering(options => options.Configure(configure));
    }

    /// <summary>Uses <see cref="AzureTableMembershipTable"/>, configured through an options builder (e.g. <c>o => o.BindConfiguration("Clustering")</c>).</summary>
    public static ISiloBuilder UseAzureTableClustering(this ISiloBuilder builder, Action<OptionsBuilder<AzureTableClusteringOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureOptions);
        AddOptions(builder.Services, configureOptions);
        builder.Services.AddSingleton<IMembershipTable>(static sp => new AzureTableMembershipTable(
            sp.GetRequiredService<IOptions<AzureTableClusteringOptions>>().Value,
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value,
            sp.GetRequiredService<ILogger<AzureTableMembershipTable>>()));
        return builder;
    }

    /// <summary>Uses <see cref="AzureTableGatewayListProvider"/> to find this client's gateways.</summary>
    public static IClientBuilder UseAzureTableClustering(this IClientBuilder builder, Action<AzureTableClusteringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseAzureTableClustering(options => options.Configure(configure));
    }

    /// <summary>Uses <see cref="AzureTableGatewayListProvider"/>, configured through an options builder.</summary>
    public static IClientBuilder UseAzureTableClustering(this IClientBuilder builder, Action<OptionsBuilder<AzureTableClusteringOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureOptions);
        AddOptions(builder.Services, configureOptions);
        builder.Services.AddSingleton<IGatewayListProvider>(static sp => new AzureTableGatewayListProvider(
            sp.GetRequiredService<IOptions<AzureTableClusteringOptions>>().Value,
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value,
            sp.GetRequiredService<IOptions<GatewayOptions>>().Value,
            sp.GetRequiredService<ILogger<AzureTableGatewayListProvider>>()));
        return builder;
    }

    private static void AddOptions(IServiceCollection services, Action<OptionsBuilder<AzureTableClusteringOptions>> configureOptions)
    {
        configureOptions(services.AddOptions<AzureTableClusteringOptions>());
        services.AddTransient<IConfigurationValidator>(static sp => new AzureTableOptionsValidator<AzureTableClusteringOptions>(
            sp.GetRequiredService<IOptionsMonitor<AzureTableClusteringOptions>>(), Options.DefaultName, "Azure Table clustering"));
    }
}
