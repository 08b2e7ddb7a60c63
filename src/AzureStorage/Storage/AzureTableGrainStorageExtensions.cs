using Livepeer.AzureStorage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration.Overrides;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Livepeer.AzureStorage.Storage;

/// <summary>Registers <see cref="AzureTableGrainStorage"/> providers on a silo.</summary>
public static class AzureTableGrainStorageExtensions
{
    /// <summary>Adds an Azure Table grain storage provider named <paramref name="name"/>.</summary>
    public static ISiloBuilder AddAzureTableGrainStorage(this ISiloBuilder builder, string name, Action<AzureTableGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddAzureTableGrainStorage(name, options => options.Configure(configure));
        return builder;
    }

    /// <summary>Adds an Azure Table grain storage provider as the default (<c>"Default"</c>) provider.</summary>
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(this ISiloBuilder builder, Action<AzureTableGrainStorageOptions> configure) =>
        builder.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>
    /// Adds an Azure Table grain storage provider named <paramref name="name"/>, configured through an options builder
    /// (e.g. <c>o => o.BindConfiguration("Storage")</c>).
    /// </summary>
    public static IServiceCollection AddAzureTableGrainStorage(this IServiceCollection services, string name, Action<OptionsBuilder<AzureTableGrainStorageOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configureOptions);

        configureOptions(services.AddOptions<AzureTableGrainStorageOptions>(name));
        services.AddTransient<IPostConfigureOptions<AzureTableGrainStorageOptions>>(sp => new AzureTableGrainStorageSerializerConfigurator(sp, name));
        services.AddTransient<IConfigurationValidator>(sp =>
            new AzureTableOptionsValidator<AzureTableGrainStorageOptions>(sp.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>(), name, name));
        return services.AddGrainStorage(name, static (sp, providerName) => new AzureTableGrainStorage(
            providerName,
            sp.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(providerName),
            sp.GetProviderClusterOptions(providerName).Value,
            sp.GetRequiredService<ILogger<AzureTableGrainStorage>>(),
            sp.GetService<IActivatorProvider>()));
    }
}
