using System.Globalization;

namespace Livepeer.Grains.Remote;

/// <summary>
/// How a gateway talks to remote orchestrators (section <c>Livepeer:RemoteOrchestrators</c>), with go-livepeer's
/// timeouts (gateway-api.md §4.7, pm-protocol.md §7, §9.1) as defaults.
/// </summary>
public sealed class RemoteOrchestratorOptions
{
    public const string SectionName = "Livepeer:RemoteOrchestrators";

    /// <summary>gRPC connect timeout (go GRPCConnectTimeout).</summary>
    public TimeSpan GrpcConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>GetOrchestrator call timeout (go GRPCTimeout).</summary>
    public TimeSpan GrpcCallTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>GetOrchestrator timeout when refreshing a session's params (go refreshTimeout).</summary>
    public TimeSpan RefreshTimeout { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>HTTP connect timeout for /segment, /payment, AI and downloads (go HTTPDialTimeout).</summary>
    public TimeSpan HttpDialTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Floor of the whole /segment call (go HTTPTimeout); the call gets max(this, factor × duration).</summary>
    public TimeSpan SegmentTimeoutMinimum { get; set; } = TimeSpan.FromSeconds(8);

    public double SegmentTimeoutFactor { get; set; } = 4.0;

    /// <summary>Floor of the upload, until the response headers (go SegmentUploadTimeout); max(this, factor × duration).</summary>
    public TimeSpan SegmentUploadTimeoutMinimum { get; set; } = TimeSpan.FromSeconds(2);

    public double SegmentUploadTimeoutFactor { get; set; } = 0.5;

    /// <summary>Multiplies both segment timeouts when above 1 (go -timeoutMultiplier).</summary>
    public double TimeoutMultiplier { get; set; } = 1.0;

    /// <summary>A whole /payment call.</summary>
    public TimeSpan PaymentTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>A whole AI request (inference can take long).</summary>
    public TimeSpan AiRequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Downloading one rendition or AI output.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Largest rendition or AI output downloaded.</summary>
    public long MaxDownloadBytes { get; set; } = 300_000_000;

    /// <summary>The whole-call timeout of a segment of <paramref name="duration"/>; a stream's <c>timeoutMultiplier</c> above 1 replaces <see cref="TimeoutMultiplier"/>.</summary>
    public TimeSpan SegmentTimeout(TimeSpan duration, int streamMultiplier = 1) => Scaled(Max(SegmentTimeoutMinimum, duration * SegmentTimeoutFactor), streamMultiplier);

    /// <summary>The time allowed until the response headers of a segment of <paramref name="duration"/>; a stream's <c>timeoutMultiplier</c> above 1 replaces <see cref="TimeoutMultiplier"/>.</summary>
    public TimeSpan SegmentUploadTimeout(TimeSpan duration, int streamMultiplier = 1) => Scaled(Max(SegmentUploadTimeoutMinimum, duration * SegmentUploadTimeoutFactor), streamMultiplier);

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        foreach (var (name, value) in new[]
        {
            (nameof(GrpcConnectTimeout), GrpcConnectTimeout), (nameof(GrpcCallTimeout), GrpcCallTimeout), (nameof(RefreshTimeout), RefreshTimeout),
            (nameof(HttpDialTimeout), HttpDialTimeout), (nameof(SegmentTimeoutMinimum), SegmentTimeoutMinimum),
            (nameof(SegmentUploadTimeoutMinimum), SegmentUploadTimeoutMinimum), (nameof(PaymentTimeout), PaymentTimeout),
            (nameof(AiRequestTimeout), AiRequestTimeout), (nameof(DownloadTimeout), DownloadTimeout),
        })
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromHours(1))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{name} must be above 0 and at most 1 hour, got {value}"));
            }
        }
        foreach (var (name, value) in new[] { (nameof(SegmentTimeoutFactor), SegmentTimeoutFactor), (nameof(SegmentUploadTimeoutFactor), SegmentUploadTimeoutFactor), (nameof(TimeoutMultiplier), TimeoutMultiplier) })
        {
            if (!double.IsFinite(value) || value <= 0 || value > 100)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{name} must be above 0 and at most 100, got {value}"));
            }
        }
        if (SegmentUploadTimeoutMinimum > SegmentTimeoutMinimum)
        {
            errors.Add($"{SectionName}:SegmentUploadTimeoutMinimum ({SegmentUploadTimeoutMinimum}) must not exceed SegmentTimeoutMinimum ({SegmentTimeoutMinimum})");
        }
        if (MaxDownloadBytes < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:MaxDownloadBytes must be positive, got {MaxDownloadBytes}"));
        }
        return errors;
    }

    private TimeSpan Scaled(TimeSpan value, int streamMultiplier) =>
        streamMultiplier > 1 ? value * streamMultiplier : TimeoutMultiplier > 1 ? value * TimeoutMultiplier : value;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
