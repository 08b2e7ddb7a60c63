using System.Security.Cryptography;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport.Azurite;
using Xunit;

namespace Livepeer.NodeTestSupport;

/// <summary>
/// One real silo (offchain, memory state, GPU role, native transcoder) and one real gateway API, with segments
/// and renditions in an Azurite blob container of their own: the push and playback routes end to end.
/// The gateway accepts segments up to <see cref="MaxSegmentBytes"/>.
/// </summary>
public sealed class VideoNode : IAsyncLifetime
{
    public const long MaxSegmentBytes = 8 << 20;

    private AzuriteServer? _azurite;

    public EthAddress Orchestrator { get; } = new(RandomNumberGenerator.GetBytes(EthAddress.Length));

    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteServices.Blob);
        var storage = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _azurite.ConnectionString,
            ["Storage:MediaContainer"] = "video" + Guid.NewGuid().ToString("N")[..16],
        };
        Silo = await InProcessSilo.StartAsync(Orchestrator, new Dictionary<string, string?>(storage)
        {
            ["Transcoder:X264Preset"] = "ultrafast",
            ["Livepeer:Transcoding:MaxConcurrentSegments"] = "2",
        });
        Gateway = await InProcessGatewayApi.StartAsync(Silo, new Dictionary<string, string?>(storage)
        {
            ["Video:MaxSegmentBytes"] = MaxSegmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Silo.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    public HttpClient CreateClient() => Gateway.CreateClient();
}
