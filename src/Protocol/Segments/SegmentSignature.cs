using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Segments;

/// <summary>
/// The segment credential signature (pm-protocol.md §9.2). The signed bytes are
/// manifestId ‖ pad32(seq) ‖ hash(32) ‖ ASCII(lower-case hex of keccak(name_i)[0:4] for every profile);
/// the gateway signs them with Broadcaster.Sign (personal_sign over their keccak) and the
/// orchestrator checks the signer against Payment.sender. Storage, auth token, capabilities and
/// duration are deliberately outside the signature.
/// </summary>
public static class SegmentSignature
{
    public const int HashLength = 32;

    // 4 bytes of keccak per profile name, written as 8 lower-case hex characters.
    private const int ProfileTagChars = 8;

    /// <summary>The signed bytes for a manifest id given as text (UTF-8 on the wire).</summary>
    public static byte[] Flatten(string manifestId, long seq, ReadOnlySpan<byte> hash32, IReadOnlyList<string> profileNames)
    {
        ArgumentNullException.ThrowIfNull(manifestId);
        return Flatten(Encoding.UTF8.GetBytes(manifestId), seq, hash32, profileNames);
    }

    /// <summary>The signed bytes for a manifest id given as the raw SegData.manifestId bytes.</summary>
    public static byte[] Flatten(ReadOnlySpan<byte> manifestId, long seq, ReadOnlySpan<byte> hash32, IReadOnlyList<string> profileNames)
    {
        ArgumentNullException.ThrowIfNull(profileNames);
        if (hash32.Length != HashLength)
        {
            throw new ArgumentException($"segment hash: expected {HashLength} bytes, got {hash32.Length}", nameof(hash32));
        }
        var flat = new byte[manifestId.Length + 32 + HashLength + (ProfileTagChars * profileNames.Count)];
        manifestId.CopyTo(flat);
        int at = manifestId.Length;
        // Go pads big.NewInt(seq).Bytes(), the magnitude, so a negative seq loses its sign.
        BigEndian.WritePad32(System.Numerics.BigInteger.Abs(seq), flat.AsSpan(at, 32));
        at += 32;
        hash32.CopyTo(flat.AsSpan(at));
        at += HashLength;
        Span<byte> nameHash = stackalloc byte[32];
        for (int i = 0; i < profileNames.Count; i++)
        {
            var name = profileNames[i];
            if (string.IsNullOrEmpty(name))
            {
                // go-livepeer invents different names on each side for unnamed profiles, so an
                // unnamed profile can never verify; refuse it here with a clear reason instead.
                throw new ArgumentException($"profile {i} has no name; every profile must be named to be signed", nameof(profileNames));
            }
            Keccak256.Hash(Encoding.UTF8.GetBytes(name), nameHash);
            int written = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(nameHash[..4]), flat.AsSpan(at));
            at += written;
        }
        return flat;
    }

    /// <summary>The signed bytes of a received or outgoing SegData (profile names from the field O uses, §6.9).</summary>
    public static byte[] Flatten(SegData segData)
    {
        ArgumentNullException.ThrowIfNull(segData);
        return Flatten(segData.ManifestId.Span, segData.Seq, segData.Hash.Span, ProfileNames(segData));
    }

    /// <summary>Broadcaster.Sign(flatten): personal_sign over keccak(flatten).</summary>
    public static byte[] Sign(EthKey key, ReadOnlySpan<byte> flatten)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.SignHashed(flatten);
    }

    /// <summary>Signs <paramref name="segData"/> in place (sets its sig) and returns the signature.</summary>
    public static byte[] Sign(EthKey key, SegData segData)
    {
        ArgumentNullException.ThrowIfNull(segData);
        var sig = Sign(key, Flatten(segData));
        segData.Sig = Google.Protobuf.ByteString.CopyFrom(sig);
        return sig;
    }

    /// <summary>Who signed <paramref name="flatten"/>, or why the signature is unusable.</summary>
    public static SignatureCheck Recover(ReadOnlySpan<byte> flatten, ReadOnlySpan<byte> signature)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(flatten, hash);
        return SignatureVerifier.RecoverPersonal(hash, signature);
    }

    public static bool Verify(EthAddress expectedSigner, ReadOnlySpan<byte> flatten, ReadOnlySpan<byte> signature)
    {
        var check = Recover(flatten, signature);
        return check.IsValid && check.Signer == expectedSigner;
    }

    /// <summary>
    /// Checks SegData.sig against <paramref name="expectedSigner"/> (Payment.sender). Returns null when
    /// it verifies, otherwise the reason.
    /// </summary>
    public static string? Check(SegData segData, EthAddress expectedSigner)
    {
        ArgumentNullException.ThrowIfNull(segData);
        byte[] flatten;
        try
        {
            flatten = Flatten(segData);
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
        var check = Recover(flatten, segData.Sig.Span);
        if (!check.IsValid)
        {
            return check.Error;
        }
        return check.Signer == expectedSigner ? null : $"segment signed by {check.Signer}, expected {expectedSigner}";
    }

    /// <summary>Profile names from the first non-empty of fullProfiles3, fullProfiles2, fullProfiles.</summary>
    public static IReadOnlyList<string> ProfileNames(SegData segData)
    {
        ArgumentNullException.ThrowIfNull(segData);
        var profiles = segData.FullProfiles3.Count > 0 ? segData.FullProfiles3
            : segData.FullProfiles2.Count > 0 ? segData.FullProfiles2
            : segData.FullProfiles;
        return profiles.Select(p => p.Name).ToArray();
    }
}
