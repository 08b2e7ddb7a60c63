using System.Security.Cryptography;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;

namespace Livepeer.Cli.Tests.ApiKey;

/// <summary>A silo and a gateway API that requires API keys, keeping them in a table of its own on Azurite.</summary>
public sealed class ApiKeyNode : IAsyncLifetime
{
    private AzuriteServer? _azurite;

    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Gateway { get; private set; } = null!;

    public string Api => Gateway.Url.ToString();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteServices.Table);
        Silo = await InProcessSilo.StartAsync(new EthAddress(RandomNumberGenerator.GetBytes(EthAddress.Length)));
        Gateway = await InProcessGatewayApi.StartAsync(Silo, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _azurite.ConnectionString,
            ["ApiKeys:Table"] = UniqueNames.Table("lpctlkeys"),
            ["ApiKeys:Required"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
