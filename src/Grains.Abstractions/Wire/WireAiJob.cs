using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>A paid AI request as the wire endpoint received and parsed it.</summary>
/// <param name="SessionKey">the balance key: "{capability}_{model}" as go-livepeer keys AI payments</param>
/// <param name="RequestId">names the stored outputs</param>
/// <param name="MediaBaseUrl">the endpoints' media URL prefix, ending in '/'; output paths are appended</param>
[GenerateSerializer, Immutable, Alias("livepeer.WireAiJob")]
public sealed record WireAiJob(
    [property: Id(0)] EthAddress Sender,
    [property: Id(1)] string SessionKey,
    [property: Id(2)] BigRational Price,
    [property: Id(3)] string RequestId,
    [property: Id(4)] WorkPayload Payload,
    [property: Id(5)] string MediaBaseUrl);
