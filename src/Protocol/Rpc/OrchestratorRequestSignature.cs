using System.Text;
using Google.Protobuf;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// The gateway's signature on GetOrchestrator (pm-protocol.md §8.1): Broadcaster.Sign over the ASCII of
/// its EIP-55 checksummed address including "0x", i.e. personal_sign(keccak("0x" + checksummed hex)).
/// A lower-case address string hashes differently and does not verify.
/// </summary>
public static class OrchestratorRequestSignature
{
    /// <summary>go-livepeer's text; the gRPC error reads "Invalid orchestrator request (…)" around it.</summary>
    public const string ErrSigCheck = "orchestrator req sig check failed";

    /// <summary>The signed message: the 42 ASCII characters of <paramref name="sender"/>'s EIP-55 form.</summary>
    public static byte[] Message(EthAddress sender) => Encoding.ASCII.GetBytes(sender.ToString());

    public static byte[] Sign(EthKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.SignHashed(Message(key.Address));
    }

    /// <summary>A signed request for <paramref name="key"/>'s address, optionally with the job's capabilities.</summary>
    public static OrchestratorRequest Create(EthKey key, Capabilities? capabilities = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var request = new OrchestratorRequest
        {
            Address = ByteString.CopyFrom(key.Address.ToBytes()),
            Sig = ByteString.CopyFrom(Sign(key)),
        };
        if (capabilities is not null)
        {
            request.Capabilities = capabilities;
        }
        return request;
    }

    /// <summary>
    /// The orchestrator's check: the address field read as go-ethereum does, and the signature must
    /// recover to it. Returns null when it verifies, otherwise <see cref="ErrSigCheck"/>.
    /// </summary>
    public static string? Check(OrchestratorRequest request, out EthAddress sender)
    {
        ArgumentNullException.ThrowIfNull(request);
        sender = GoBytes.ToAddress(request.Address);
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(Message(sender), hash);
        var check = SignatureVerifier.RecoverPersonal(hash, request.Sig.Span);
        return check.IsValid && check.Signer == sender && !sender.IsZero ? null : ErrSigCheck;
    }
}
