using System.Text.Json;
using Livepeer.Protocol.Payments;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Node;
using Livepeer.TestSupport.Media;
using Livepeer.Wire.Tests.Infrastructure;

namespace Livepeer.Wire.Tests;

// Issue 7, done-when 2: a client written with ethers.js, @grpc/grpc-js, @grpc/proto-loader and protobufjs, independent
// of our C#, gets OrchestratorInfo over gRPC, pays a segment with tickets it signs, receives the renditions, and its
// replayed payment is refused with the spec's error.
[Collection(WireCollection.Name)]
public sealed class NodeClientTests(WireNode node)
{
    [Fact]
    public async Task Independent_client_pays_a_segment_gets_the_renditions_and_its_replay_is_refused()
    {
        var segment = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var segmentFile = Path.Combine(node.DataDirectory, "node-client-segment.ts");
        await File.WriteAllBytesAsync(segmentFile, segment);
        var input = JsonSerializer.Serialize(new
        {
            url = node.WireUrl.ToString(),
            certPem = node.CertificatePem,
            proto = Path.Combine(RepoPaths.Root, "src", "Protocol", "Rpc", "lp_rpc.proto"),
            privateKey = DevChain.Accounts.DevChainAccounts.GatewayKeyHex,
            segmentFile,
            manifestId = "node-client",
            seq = 3,
            durationMs = 1000,
            profiles = new[]
            {
                new { name = "P144p30fps16x9", width = 256, height = 144, bitrate = 400_000, fps = 30 },
                new { name = "P240p30fps16x9", width = 426, height = 240, bitrate = 600_000, fps = 30 },
            },
        });
        using var report = JsonDocument.Parse(await RunAsync(input));
        var root = report.RootElement;

        var info = root.GetProperty("info");
        Assert.Equal(node.WireUrl.ToString().TrimEnd('/'), info.GetProperty("transcoder").GetString());
        Assert.Equal(node.Orchestrator.ToString(), info.GetProperty("recipient").GetString());
        Assert.True(root.GetProperty("tickets").GetInt32() >= 1);

        var first = root.GetProperty("segment");
        Assert.True(first.GetProperty("status").GetInt32() == 200, first.ToString());
        Assert.True(first.GetProperty("error").ValueKind == JsonValueKind.Null, first.ToString());
        Assert.Equal("3", first.GetProperty("seq").GetString());
        var renditions = first.GetProperty("renditions").EnumerateArray().ToList();
        Assert.Equal(2, renditions.Count);
        foreach (var rendition in renditions)
        {
            Assert.Equal(200, rendition.GetProperty("status").GetInt32());
            Assert.True(rendition.GetProperty("bytes").GetInt32() > 188);
            Assert.Equal(0x47, rendition.GetProperty("firstByte").GetInt32());
            Assert.True(long.Parse(rendition.GetProperty("pixels").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        }

        var replay = root.GetProperty("replay");
        Assert.Equal(400, replay.GetProperty("status").GetInt32());
        Assert.Equal(PmErrors.NonceAlreadySeen(node.GatewayKey.Address, 1) + "\n", replay.GetProperty("body").GetString());
    }

    private static Task<string> RunAsync(string input) =>
        NodeScripts.RunAsync(Path.Combine("tests", "Wire.Tests", "Node", "wire-client.cjs"), input, package: "@grpc/grpc-js");
}
