using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Grains.Video;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Video;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Media;
using Orleans.TestingHost;

namespace Livepeer.Grains.Tests.Video;

public sealed class GpuPlacementTests
{
    [Fact]
    public async Task Transcoders_run_only_on_the_GPU_silo_and_without_one_streams_get_no_sessions()
    {
        await using var azurite = await AzuriteServer.StartAsync(AzuriteServices.Blob);
        var chain = new InMemoryChain(roundLength: 100_000, startBlock: 5_000_000);
        var gateway = EthKey.Generate();
        chain.FundDepositAndReserve(gateway.Address, ClusterFixture.Funds, ClusterFixture.Funds);
        var orchestrator = EthKey.Generate().Address;
        chain.RegisterTranscoder(orchestrator, stake: 1_000);
        var builder = new InProcessTestClusterBuilder(2);
        var names = new List<string>();
        // The first silo configured has no GPU, the second has one.
        builder.ConfigureSilo((options, silo) =>
        {
            names.Add(options.SiloName);
            VideoSilo.Configure(silo, new TestChain(chain), gateway, gpu: names.Count > 1, azurite.ConnectionString, "placement", new TestOrchestrators(), []);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var primary = cluster.Silos.Single(s => s.Name == names[0]);
            var gpuSilo = cluster.Silos.Single(s => s.Name == names[1]);
            var clip = await TestClips.SegmentAsync(seconds: 0.5, width: 160, height: 90, audio: false);
            RenditionProfile[] tiny = [new("tiny", 64, 36, 100_000, 10, 1, VideoCodecProfile.None, null, VideoEncoder.H264, 0, 0, 0)];

            for (int i = 0; i < 6; i++)
            {
                var segment = await cluster.Client.GetGrain<ITranscoderGrain>($"placement-{i}").Transcode(new TranscodeJob(clip, SegmentFormat.MpegTs, tiny, TimeSpan.FromSeconds(30)));
                Assert.Equal(64, segment.Renditions[0].Width);
            }
            var management = cluster.Client.GetGrain<IManagementGrain>(0);
            var activations = (await management.GetDetailedGrainStatistics())
                .Where(s => s.GrainId.Type.ToString() == "livepeer.transcoder")
                .ToList();
            Assert.Equal(6, activations.Count);
            Assert.All(activations, a => Assert.Equal(gpuSilo.SiloAddress, a.SiloAddress));

            await cluster.StopSiloAsync(gpuSilo);
            var noGpu = await Assert.ThrowsAnyAsync<Exception>(() =>
                cluster.Client.GetGrain<ITranscoderGrain>("placement-after").Transcode(new TranscodeJob(clip, SegmentFormat.MpegTs, tiny, TimeSpan.FromSeconds(30))));
            Assert.Contains("no GPU silo is up", noGpu.Message, StringComparison.Ordinal);

            Assert.Empty(await cluster.Client.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).Configure(OrchestratorSettings.Default));
            Assert.Empty(await cluster.Client.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).SetPrices(new PriceBook(new PriceEntry(null, null, null, 1, 1), false, [])));
            var result = await cluster.Client.GetGrain<IStreamGrain>("placement-stream").ProcessSegment(Segments.Push(0, clip, renditions: tiny));
            Assert.Equal(SegmentStatus.NoSessions, result.Status);
            Assert.Equal("No sessions available: no GPU silo is up to transcode (a silo with Silo:Gpu=true must be running)", result.Error);
            Assert.Equal(primary.SiloAddress, Assert.Single(cluster.GetActiveSilos()).SiloAddress);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
