using Xunit;

namespace Livepeer.TestSupport.Azurite;

/// <summary>
/// xUnit class/collection fixture running one Azurite (table service by default) for the tests that share it.
/// Derive and pass other <see cref="AzuriteServices"/> to the protected constructor when blobs or queues are needed.
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    private readonly AzuriteServices _services;
    private AzuriteServer? _server;

    /// <summary>Table service only.</summary>
    public AzuriteFixture()
        : this(AzuriteServices.Table)
    {
    }

    /// <summary>Starts the given services.</summary>
    protected AzuriteFixture(AzuriteServices services) => _services = services;

    /// <summary>The running server.</summary>
    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not been started: the fixture's InitializeAsync has not run.");

    /// <summary>Connection string with the actual ports and the devstoreaccount1 key.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync(_services).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }
    }
}
