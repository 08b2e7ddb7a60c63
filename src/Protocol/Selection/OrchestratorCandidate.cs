using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// One orchestrator entry as selection sees it: a snapshot the directory grain builds from discovery.
/// Immutable: the collections are copied on init. Several entries may share an address (one
/// orchestrator with several nodes); selection treats them as one candidate.
/// </summary>
public sealed record OrchestratorCandidate
{
    /// <summary>The trust score of the static list.</summary>
    public const double TrustedScore = 1.0;

    private static readonly IReadOnlyDictionary<CapabilityModel, BigRational> NoPrices =
        FrozenDictionary<CapabilityModel, BigRational>.Empty;

    private static readonly IReadOnlyDictionary<int, IReadOnlyDictionary<string, AdvertisedModel>> NoCapabilities =
        FrozenDictionary<int, IReadOnlyDictionary<string, AdvertisedModel>>.Empty;

    private readonly EthAddress _address;
    private readonly Uri _serviceUri = null!;
    private readonly BigInteger _stake;
    private readonly IReadOnlyDictionary<CapabilityModel, BigRational> _prices = NoPrices;
    private readonly IReadOnlyDictionary<int, IReadOnlyDictionary<string, AdvertisedModel>> _capabilities = NoCapabilities;
    private readonly double? _trustScore;
    private readonly TimeSpan _discoveryLatency;
    private readonly double _latencyScore;
    private readonly double? _perfScore;

    /// <summary>The ETH address tickets are paid to; never the zero address.</summary>
    public required EthAddress Address
    {
        get => _address;
        init => _address = value.IsZero ? throw new ArgumentException("an orchestrator's address must not be the zero address", nameof(Address)) : value;
    }

    /// <summary>The orchestrator's service URI (OrchestratorInfo.transcoder); absolute.</summary>
    public required Uri ServiceUri
    {
        get => _serviceUri;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ServiceUri));
            _serviceUri = value.IsAbsoluteUri ? value : throw new ArgumentException($"an orchestrator's service URI must be absolute, got \"{value}\"", nameof(ServiceUri));
        }
    }

    /// <summary>Bonded stake in wei (0 off-chain).</summary>
    public BigInteger Stake
    {
        get => _stake;
        init => _stake = value.Sign >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Stake), value, "stake must not be negative");
    }

    /// <summary>
    /// Price in wei per unit (pricePerUnit / pixelsPerUnit) per capability and model. An entry with an
    /// empty model id is the price of every model of that pipeline without its own entry; transcoding is
    /// <see cref="CapabilityModel.Transcoding"/>.
    /// </summary>
    public IReadOnlyDictionary<CapabilityModel, BigRational> Prices
    {
        get => _prices;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Prices));
            foreach (var (job, price) in value)
            {
                if (price.Sign < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(Prices), $"the price for {job} must not be negative, got {price}");
                }
            }
            _prices = value.ToFrozenDictionary();
        }
    }

    /// <summary>
    /// Advertised capabilities: capability id → models (warm flag, capacity). Transcoding-only
    /// orchestrators may list capability 0 with no models, or nothing at all (legacy).
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, AdvertisedModel>> Capabilities
    {
        get => _capabilities;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Capabilities));
            _capabilities = value.ToFrozenDictionary(
                pair => pair.Key,
                pair => (IReadOnlyDictionary<string, AdvertisedModel>)(pair.Value
                    ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the model list of capability {pair.Key} is null"), nameof(Capabilities)))
                    .ToFrozenDictionary(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// True when the orchestrator is in the current round's active set. Inactive ones cannot redeem
    /// tickets this round, so they are never picked. Off-chain sources have no rounds: set true.
    /// </summary>
    public required bool ActiveThisRound { get; init; }

    public required OrchestratorSource Source { get; init; }

    /// <summary>Trust score in [0, 1]; defaults to 1.0 for the static list and 0 for the others.</summary>
    public double TrustScore
    {
        get => _trustScore ?? (Source == OrchestratorSource.Static ? TrustedScore : 0.0);
        init => _trustScore = double.IsFinite(value) && value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TrustScore), value, "a trust score must be between 0 and 1");
    }

    public bool IsTrusted => TrustScore >= TrustedScore;

    /// <summary>Round trip of the last GetOrchestrator call (discovery); the latency order of §4.2.</summary>
    public TimeSpan DiscoveryLatency
    {
        get => _discoveryLatency;
        init => _discoveryLatency = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(DiscoveryLatency), value, "latency must not be negative");
    }

    /// <summary>The last latency score of a completed job (<see cref="LatencyScores"/>); 0 = untried.</summary>
    public double LatencyScore
    {
        get => _latencyScore;
        init => _latencyScore = double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(LatencyScore), value, "a latency score must be a finite number, 0 or more");
    }

    /// <summary>Score from the perf stats service for our region; null when unknown.</summary>
    public double? PerfScore
    {
        get => _perfScore;
        init => _perfScore = value is null || double.IsFinite(value.Value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PerfScore), value, "a perf score must be a finite number");
    }

    /// <summary>The price of a job: the model's own entry, else the pipeline-wide entry.</summary>
    public bool TryGetPrice(CapabilityModel job, out BigRational price) =>
        _prices.TryGetValue(job, out price) || (!job.IsPipelineDefault && _prices.TryGetValue(job.PipelineDefault, out price));

    /// <summary>
    /// Whether the orchestrator advertises the job: the capability, and the model when one is named
    /// (warm when <paramref name="requireWarm"/>). Transcoding also accepts legacy orchestrators
    /// that advertise no capabilities at all (gateway-api.md §4.2).
    /// </summary>
    public bool Offers(CapabilityModel job, bool requireWarm, [NotNullWhen(false)] out RejectionReason? reason)
    {
        reason = null;
        if (job.Kind == JobKind.Transcoding && _capabilities.Count == 0)
        {
            return true;
        }
        if (!_capabilities.TryGetValue(job.CapabilityId, out var models))
        {
            reason = RejectionReason.NotAdvertised;
            return false;
        }
        if (job.IsPipelineDefault)
        {
            if (requireWarm && !models.Values.Any(model => model.Warm))
            {
                reason = RejectionReason.NotWarm;
                return false;
            }
            return true;
        }
        if (!models.TryGetValue(job.ModelId, out var advertised))
        {
            reason = RejectionReason.NotAdvertised;
            return false;
        }
        if (requireWarm && !advertised.Warm)
        {
            reason = RejectionReason.NotWarm;
            return false;
        }
        return true;
    }
}
