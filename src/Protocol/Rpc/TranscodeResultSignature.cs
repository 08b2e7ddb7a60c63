using Livepeer.Protocol.Crypto;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// TranscodeData.sig (pm-protocol.md §8.4): Eth.Sign (personal_sign, no extra hash) over
/// keccak(keccak(rendition 1) ‖ … ‖ keccak(rendition n)) in profile order, by the orchestrator's own
/// account (OrchestratorInfo.address).
/// </summary>
public static class TranscodeResultSignature
{
    public static byte[] Hash(IEnumerable<ReadOnlyMemory<byte>> renditions)
    {
        ArgumentNullException.ThrowIfNull(renditions);
        var concatenated = new List<byte>();
        Span<byte> hash = stackalloc byte[32];
        foreach (var rendition in renditions)
        {
            Keccak256.Hash(rendition.Span, hash);
            concatenated.AddRange(hash.ToArray());
        }
        var result = new byte[32];
        Keccak256.Hash(concatenated.ToArray(), result);
        return result;
    }

    public static byte[] Sign(EthKey key, IEnumerable<ReadOnlyMemory<byte>> renditions)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.SignPersonal(Hash(renditions));
    }

    public static bool Verify(EthAddress signer, IEnumerable<ReadOnlyMemory<byte>> renditions, ReadOnlySpan<byte> signature)
    {
        var check = SignatureVerifier.RecoverPersonal(Hash(renditions), signature);
        return check.IsValid && check.Signer == signer;
    }
}
