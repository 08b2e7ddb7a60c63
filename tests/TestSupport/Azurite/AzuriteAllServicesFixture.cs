namespace Livepeer.TestSupport.Azurite;

/// <summary>Fixture running Azurite's blob, queue and table services in one process.</summary>
public sealed class AzuriteAllServicesFixture() : AzuriteFixture(AzuriteServices.All);
