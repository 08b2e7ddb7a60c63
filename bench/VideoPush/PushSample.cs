namespace Livepeer.Bench.VideoPush;

/// <summary>One pushed segment: the client's round trip, the stream grain's time and the transcoder's time, in ms.</summary>
public sealed record PushSample(double EndToEnd, double StreamGrain, double Transcode)
{
    /// <summary>Everything but the transcoder: HTTP, gateway checks, grain calls, selection, storage, response.</summary>
    public double Overhead => EndToEnd - Transcode;

    /// <summary>Gateway side: HTTP, body read, probe, the grain call's transport and the multipart answer.</summary>
    public double Gateway => EndToEnd - StreamGrain;

    /// <summary>Grain side: selection, dispatch to the transcoder grain, blob uploads, playlist state.</summary>
    public double Grains => StreamGrain - Transcode;
}
