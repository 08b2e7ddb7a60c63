using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Livepeer.TestSupport.Azurite;

namespace Livepeer.AzureStorage.Tests;

/// <summary>The shared Azurite helper itself: all-services mode and clean shutdown.</summary>
public sealed class AzuriteServerTests
{
    [Fact]
    public async Task All_services_listen_on_their_own_free_ports_and_stop_on_dispose()
    {
        int[] ports;
        await using (var server = await AzuriteServer.StartAsync(AzuriteServices.All))
        {
            ports = [server.BlobPort!.Value, server.QueuePort!.Value, server.TablePort!.Value];
            Assert.Equal(3, ports.Distinct().Count());
            Assert.Contains($"BlobEndpoint={server.BlobEndpoint};", server.ConnectionString, StringComparison.Ordinal);
            Assert.Contains($"TableEndpoint={server.TableEndpoint};", server.ConnectionString, StringComparison.Ordinal);

            var table = new TableServiceClient(server.ConnectionString).GetTableClient("probe");
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(new TableEntity("p", "r"));
        }

        foreach (var port in ports)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
        }
    }
}
