using System.Globalization;

namespace Livepeer.EndToEnd.Tests.Failover;

/// <summary>One segment push: its answer (status 0: no HTTP answer), when it started and how long it took.</summary>
public sealed record PushOutcome(string Stream, long Sequence, int Status, string Body, DateTime StartedAt, TimeSpan Took)
{
    public bool Succeeded => Status == 200;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Stream}/{Sequence} at {StartedAt:HH:mm:ss.fff}: {Status} in {Took.TotalMilliseconds:F0} ms{(Succeeded ? "" : " \"" + Body + "\"")}");
}
