using Livepeer.AzureStorage.Blobs;
using Livepeer.Grains.Placement;
using Livepeer.Grains.Sessions;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Grains.Video;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Livepeer.Grains.Tests.Video;

/// <summary>A test silo that runs streams: payment grains, GPU metadata, the native transcoder, media in Azurite blobs.</summary>
public static class VideoSilo
{
    /// <summary>Orchestrators asking more than this (wei per pixel) are never selected: tests price the others out.</summary>
    public static readonly BigRational MaxPrice = new(10);

    /// <summary>Short, so that a test can see a stream end; long enough that no test's pushes are that far apart.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(4);

    public static void Configure(
        ISiloBuilder silo, TestChain chain, EthKey gatewayKey, bool gpu, string blobConnectionString, string container,
        TestOrchestrators orchestrators, IEnumerable<EthAddress> trusted)
    {
        silo.AddMemoryGrainStorageAsDefault(o => o.GrainStorageSerializer =
            new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())));
        // Before AddLivepeerGrains, so that JobWorkRunner finds it ahead of the real transcode handler.
        silo.Services.AddSingleton<IJobHandler>(sp => new DishonestTranscodeHandler(sp.GetRequiredService<IGrainFactory>(), orchestrators));
        silo.AddPaymentGrains(chain, gatewayKey);
        silo.UseGpuMetadata(gpu);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = blobConnectionString,
            ["Storage:MediaContainer"] = container,
            ["Transcoder:X264Preset"] = "ultrafast",
            ["Transcoder:EncoderThreads"] = "1",
        }).Build();
        silo.Services.AddAzureBlobMediaStore(configuration);
        silo.Services.AddNativeTranscoding(configuration);
        silo.Services.Configure<SelectionOptions>(o => o.MaxPrice = MaxPrice);
        silo.Services.Configure<TranscodeSlotsOptions>(o => o.MaxConcurrentSegments = 2);
        silo.Services.Configure<StreamOptions>(o =>
        {
            o.TrustedOrchestrators.AddRange(trusted.Select(t => t.ToLowerHex()));
            o.DirectoryCacheTime = TimeSpan.Zero;
            o.IdleTimeout = IdleTimeout;
        });
    }
}
