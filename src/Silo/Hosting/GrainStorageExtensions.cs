namespace Livepeer.Silo.Hosting;

public static class GrainStorageExtensions
{
    /// <summary>
    /// Where grain state lives. The single swap point for persistence: today in memory (lost on restart);
    /// the Azure Table grain storage from src/AzureStorage, over <c>Storage:ConnectionString</c>, replaces this body.
    /// </summary>
    public static ISiloBuilder AddLivepeerGrainStorage(this ISiloBuilder silo) => silo.AddMemoryGrainStorageAsDefault();
}
