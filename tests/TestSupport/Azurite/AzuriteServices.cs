namespace Livepeer.TestSupport.Azurite;

/// <summary>Which Azurite emulators to start.</summary>
[Flags]
public enum AzuriteServices
{
    /// <summary>Blob service.</summary>
    Blob = 1,

    /// <summary>Queue service.</summary>
    Queue = 2,

    /// <summary>Table service.</summary>
    Table = 4,

    /// <summary>Blob, queue and table.</summary>
    All = Blob | Queue | Table,
}
