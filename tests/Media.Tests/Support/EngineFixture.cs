using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Support;

/// <summary>The transcoder and inspector under test, shared (their native workers are reused across tests, as in service).</summary>
public sealed class EngineFixture : IDisposable
{
    public EngineFixture()
    {
        Options = new NativeTranscoderOptions { X264Preset = "veryfast", Nvenc = NvencMode.Off };
        Transcoder = new NativeTranscoder(Options);
        Inspector = new NativeSegmentInspector(Options);
    }

    public NativeTranscoderOptions Options { get; }

    public NativeTranscoder Transcoder { get; }

    public NativeSegmentInspector Inspector { get; }

    public void Dispose()
    {
        Transcoder.Dispose();
        Inspector.Dispose();
    }
}
