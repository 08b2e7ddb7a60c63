using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>A paid segment as the wire endpoint received it (SegData fields it needs, and the body).</summary>
/// <param name="SessionKey">the balance key: the auth-token session id</param>
/// <param name="Price">the session's fixed price per pixel</param>
/// <param name="ManifestId">SegData.manifestId as text</param>
/// <param name="Profiles">the renditions asked for, each a serialized protobuf VideoProfile</param>
/// <param name="Duration">the segment duration SegData declared (2 s when absent)</param>
[GenerateSerializer, Immutable, Alias("livepeer.WireSegmentJob")]
public sealed record WireSegmentJob(
    [property: Id(0)] EthAddress Sender,
    [property: Id(1)] string SessionKey,
    [property: Id(2)] BigRational Price,
    [property: Id(3)] string ManifestId,
    [property: Id(4)] long Seq,
    [property: Id(5)] TimeSpan Duration,
    [property: Id(6)] IReadOnlyList<byte[]> Profiles,
    [property: Id(7)] byte[] Segment);
