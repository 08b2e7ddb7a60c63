using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// The Capabilities messages this node sends: what an orchestrator offers, and what a transcoding or
/// AI job needs (go-livepeer's DefaultCapabilities, MandatoryOCapabilities and JobCapabilities).
/// </summary>
public static class CapabilityAdverts
{
    /// <summary>What a transcoding orchestrator offers by default (go-livepeer DefaultCapabilities).</summary>
    public static IReadOnlyList<int> DefaultTranscoding { get; } =
    [
        Capability.H264, Capability.Mpegts, Capability.Mp4, Capability.FractionalFramerates,
        Capability.StorageDirect, Capability.StorageS3, Capability.StorageGcs,
        Capability.ProfileH264Baseline, Capability.ProfileH264Main, Capability.ProfileH264High, Capability.ProfileH264ConstrainedHigh,
        Capability.Gop, Capability.AuthToken, Capability.Mpeg7VideoSignature, Capability.SegmentSlicing,
    ];

    /// <summary>Bits a job must carry to be served: auth tokens are always used.</summary>
    public static IReadOnlyList<int> OrchestratorMandatories { get; } = [Capability.AuthToken];

    /// <summary>
    /// An orchestrator's advert: the default transcoding bits, every AI capability in <paramref name="models"/>
    /// with its models as warm constraints, a capacity per capability and the node's version.
    /// </summary>
    /// <param name="models">capability → models offered (an empty list offers the capability without model constraints)</param>
    /// <param name="capacity">the capacity every capability advertises</param>
    public static Capabilities ForOrchestrator(IReadOnlyDictionary<int, IReadOnlyList<ModelOffer>> models, uint capacity, string version)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(version);
        var all = new SortedSet<int>(DefaultTranscoding);
        all.UnionWith(models.Keys.Where(c => c >= 0));
        var advert = new Capabilities { Version = version, Constraints = new Capabilities.Types.Constraints() };
        advert.Bitstring.AddRange(CapabilityBits.Pack(all));
        advert.Mandatories.AddRange(CapabilityBits.Pack(OrchestratorMandatories));
        foreach (int capability in all)
        {
            advert.Capacities[(uint)capability] = capacity;
        }
        foreach (var (capability, offers) in models)
        {
            if (capability < 0 || offers.Count == 0)
            {
                continue;
            }
            var perCapability = new Capabilities.Types.CapabilityConstraints();
            foreach (var offer in offers)
            {
                perCapability.Models[offer.Model] = new Capabilities.Types.CapabilityConstraints.Types.ModelConstraint { Warm = offer.Warm, Capacity = offer.Capacity };
            }
            advert.Constraints.PerCapability[(uint)capability] = perCapability;
        }
        return advert;
    }

    /// <summary>
    /// A transcoding job's needs (go-livepeer JobCapabilities for H.264 input without a storage offer):
    /// auth token, H.264 decode, direct storage, and per profile its container, encoder, H.264 profile,
    /// fractional frame rate and GOP.
    /// </summary>
    public static Capabilities ForTranscodingJob(IEnumerable<VideoProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var needs = new SortedSet<int> { Capability.AuthToken, Capability.H264, Capability.StorageDirect };
        foreach (var profile in profiles)
        {
            needs.Add(profile.Format == VideoProfile.Types.Format.Mp4 ? Capability.Mp4 : Capability.Mpegts);
            needs.Add(profile.Encoder switch
            {
                VideoProfile.Types.VideoCodec.H265 => Capability.HevcEncode,
                VideoProfile.Types.VideoCodec.Vp8 => Capability.Vp8Encode,
                VideoProfile.Types.VideoCodec.Vp9 => Capability.Vp9Encode,
                _ => Capability.H264,
            });
            switch (profile.Profile)
            {
                case VideoProfile.Types.Profile.H264Baseline: needs.Add(Capability.ProfileH264Baseline); break;
                case VideoProfile.Types.Profile.H264Main: needs.Add(Capability.ProfileH264Main); break;
                case VideoProfile.Types.Profile.H264High: needs.Add(Capability.ProfileH264High); break;
                case VideoProfile.Types.Profile.H264ConstrainedHigh: needs.Add(Capability.ProfileH264ConstrainedHigh); break;
                default: break;
            }
            if (profile.FpsDen > 0)
            {
                needs.Add(Capability.FractionalFramerates);
            }
            if (profile.Gop != 0)
            {
                needs.Add(Capability.Gop);
            }
        }
        var job = new Capabilities();
        job.Bitstring.AddRange(CapabilityBits.Pack(needs));
        return job;
    }

    /// <summary>An AI job's needs: auth token and the pipeline's capability, with the model as a (cold allowed) constraint.</summary>
    public static Capabilities ForAiJob(int capability, string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentOutOfRangeException.ThrowIfNegative(capability);
        var job = new Capabilities { Constraints = new Capabilities.Types.Constraints() };
        job.Bitstring.AddRange(CapabilityBits.Pack([Capability.AuthToken, capability]));
        if (modelId.Length > 0)
        {
            var models = new Capabilities.Types.CapabilityConstraints();
            models.Models[modelId] = new Capabilities.Types.CapabilityConstraints.Types.ModelConstraint { Warm = false };
            job.Constraints.PerCapability[(uint)capability] = models;
        }
        return job;
    }

    /// <summary>Capability → models an orchestrator's advert lists (models from its constraints; none for plain bits).</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<ModelOffer>> Offered(Capabilities? advert)
    {
        var offered = new SortedDictionary<int, IReadOnlyList<ModelOffer>>();
        if (advert is null)
        {
            return offered;
        }
        foreach (int capability in CapabilityBits.Unpack(advert.Bitstring))
        {
            offered[capability] = advert.Constraints is not null && advert.Constraints.PerCapability.TryGetValue((uint)capability, out var constraints)
                ? [.. constraints.Models.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new ModelOffer(m.Key, m.Value.Warm, m.Value.Capacity))]
                : [];
        }
        return offered;
    }
}
