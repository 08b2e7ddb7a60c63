namespace Livepeer.Bench.VideoPush;

/// <summary>One pushed segment: the client's round trip, the stream grain's time, the transcoder's time and the spans by stage, in ms.</summary>
public sealed record PushSample(double EndToEnd, double StreamGrain, double Transcode, IReadOnlyDictionary<string, double> Spans)
{
    /// <summary>Everything but the transcoder: HTTP, gateway checks, grain calls, selection, payment, response.</summary>
    public double Overhead => EndToEnd - Transcode;

    /// <summary>Gateway side: HTTP, body read, probe, the grain call's transport and the multipart answer.</summary>
    public double Gateway => EndToEnd - StreamGrain;

    /// <summary>Grain side: selection, payment, dispatch to the transcoder grain and back.</summary>
    public double Grains => StreamGrain - Transcode;

    /// <summary>A span's total in this segment; 0 when the build or the mode records none.</summary>
    public double Span(string name) => Spans.GetValueOrDefault(name);

    public bool Has(string name) => Spans.ContainsKey(name);
}
