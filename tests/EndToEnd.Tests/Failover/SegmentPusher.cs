using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Livepeer.EndToEnd.Tests.Failover;

/// <summary>Pushes one segment at a time to streams of the gateway API and keeps every outcome, in order.</summary>
public sealed class SegmentPusher(HttpClient http, byte[] segment)
{
    /// <summary>One small rendition keeps the two shared cores free for the cluster.</summary>
    private const string TranscodeConfiguration = """{"presets":["P144p30fps16x9"]}""";

    private readonly Dictionary<string, long> _next = new(StringComparer.Ordinal);
    private readonly List<PushOutcome> _outcomes = [];

    public IReadOnlyList<PushOutcome> Outcomes
    {
        get { lock (_outcomes) { return [.. _outcomes]; } }
    }

    /// <summary>The sequence number the next push to <paramref name="stream"/> gets.</summary>
    public long Next(string stream) => _next.GetValueOrDefault(stream);

    public async Task<PushOutcome> PushAsync(string stream)
    {
        var sequence = Next(stream);
        _next[stream] = sequence + 1;
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"live/{stream}/{sequence.ToString(CultureInfo.InvariantCulture)}.ts", UriKind.Relative))
        {
            Content = new ByteArrayContent(segment),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("video/mp2t");
        request.Headers.Add("Content-Duration", "1000");
        request.Headers.Add("Livepeer-Transcode-Configuration", TranscodeConfiguration);
        var startedAt = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        PushOutcome outcome;
        try
        {
            using var response = await http.SendAsync(request);
            outcome = new PushOutcome(stream, sequence, (int)response.StatusCode, await response.Content.ReadAsStringAsync(), startedAt, clock.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            outcome = new PushOutcome(stream, sequence, 0, $"{e.GetType().Name}: {e.Message}", startedAt, clock.Elapsed);
        }
        lock (_outcomes)
        {
            _outcomes.Add(outcome);
        }
        return outcome;
    }
}
