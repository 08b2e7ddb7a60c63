using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Livepeer.AzureStorage.Blobs;

public static class MediaStoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IMediaStore"/> over Azure Blob storage, bound from the <c>Storage</c> section.</summary>
    public static IServiceCollection AddAzureBlobMediaStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new MediaStoreOptions();
        configuration.GetSection(MediaStoreOptions.SectionName).Bind(options);
        var errors = options.Errors();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Invalid media store configuration: {string.Join("; ", errors)}.");
        }
        services.TryAddSingleton(options);
        services.TryAddSingleton<IMediaStore, AzureBlobMediaStore>();
        return services;
    }
}
