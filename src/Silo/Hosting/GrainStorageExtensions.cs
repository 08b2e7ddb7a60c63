using Livepeer.AzureStorage.Storage;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Hosting;

public static class GrainStorageExtensions
{
    /// <summary>Where grain state lives: our Azure Table storage (durable, the default) or memory for throwaway runs.</summary>
    public static ISiloBuilder AddLivepeerGrainStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        var storage = configuration.GetValidated(StorageOptions.SectionName, new StorageOptionsValidator());
        if (storage.GrainStorage == StorageProviders.Memory)
        {
            return silo.AddMemoryGrainStorageAsDefault();
        }
        return silo.AddAzureTableGrainStorageAsDefault(options =>
        {
            storage.ApplyTo(options);
            options.TableName = storage.GrainStateTable;
        });
    }
}
