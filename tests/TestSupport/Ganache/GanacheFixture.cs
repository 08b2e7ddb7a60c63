using Xunit;

namespace Livepeer.TestSupport.Ganache;

/// <summary>xUnit class/collection fixture running one ganache (chain id 1337) for the tests that share it.</summary>
public class GanacheFixture : IAsyncLifetime
{
    private GanacheServer? _server;

    public GanacheServer Server => _server ?? throw new InvalidOperationException("ganache has not been started: the fixture's InitializeAsync has not run.");

    public Uri Url => Server.Url;

    public virtual async Task InitializeAsync() => _server = await GanacheServer.StartAsync().ConfigureAwait(false);

    public virtual async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }
    }
}
