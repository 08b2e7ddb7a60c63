using Livepeer.AzureStorage.Blobs;
using Livepeer.Media.Transcoding;

namespace Livepeer.Silo.Hosting;

public static class VideoExtensions
{
    /// <summary>
    /// What stream and transcoder grains need from the host: the media store for segments (section <c>Storage</c>)
    /// and the native transcoder and inspector (section <c>Transcoder</c>). The transcoder is only created on
    /// the silos its grains are placed on (GPU silos).
    /// </summary>
    public static ISiloBuilder AddLivepeerVideo(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddAzureBlobMediaStore(configuration);
        silo.Services.AddNativeTranscoding(configuration);
        return silo;
    }
}
