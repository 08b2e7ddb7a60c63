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
        return HashOfHashes(renditions.Select(r => Keccak256.Hash(r.Span)));
    }

    /// <summary>The signed hash from the renditions' keccak hashes (for a signer that never holds the renditions).</summary>
    public static byte[] HashOfHashes(IEnumerable<byte[]> renditionHashes)
    {
        ArgumentNullException.ThrowIfNull(renditionHashes);
        var concatenated = new List<byte>();
        foreach (var hash in renditionHashes)
        {
            if (hash.Length != 32)
            {
                throw new ArgumentException($"a rendition hash is 32 bytes, got {hash.Length}", nameof(renditionHashes));
            }
            concatenated.AddRange(hash);
        }
        return Keccak256.Hash(concatenated.ToArray());
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
