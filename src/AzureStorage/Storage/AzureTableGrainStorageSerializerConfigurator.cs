using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Livepeer.AzureStorage.Storage;

/// <summary>
/// Fills <see cref="AzureTableGrainStorageOptions.GrainStorageSerializer"/> when left unset: a serializer registered
/// under the provider name wins, else System.Text.Json (deliberately not the silo-wide Newtonsoft default).
/// </summary>
internal sealed class AzureTableGrainStorageSerializerConfigurator(IServiceProvider services, string providerName)
    : IPostConfigureOptions<AzureTableGrainStorageOptions>
{
    public void PostConfigure(string? name, AzureTableGrainStorageOptions options)
    {
        if (name != providerName || options.GrainStorageSerializer is not null)
        {
            return;
        }
        options.GrainStorageSerializer = services.GetKeyedService<IGrainStorageSerializer>(providerName)
            ?? AzureTableGrainStorageOptions.CreateDefaultSerializer();
    }
}
