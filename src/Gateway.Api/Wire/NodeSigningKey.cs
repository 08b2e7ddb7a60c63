using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// The orchestrator node's own account key, when configured: it signs Ping replies and transcode results
/// (go-livepeer Orchestrator.Sign / Eth.Sign). Without it both signatures are empty, as on an off-chain node.
/// </summary>
public sealed class NodeSigningKey
{
    private readonly EthKey? _key;

    public NodeSigningKey(IOptions<OrchestratorWireOptions> options)
    {
        var file = options.Value.SigningKeyFile;
        if (string.IsNullOrEmpty(file))
        {
            return;
        }
        var text = File.ReadAllText(file).Trim();
        try
        {
            _key = EthKey.FromHex(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"{OrchestratorWireOptions.SectionName}:SigningKeyFile {file} must hold a secp256k1 private key as 64 hex digits: {e.Message}", e);
        }
    }

    public bool IsConfigured => _key is not null;

    /// <summary>The key's address, or null without a key.</summary>
    public EthAddress? Address => _key?.Address;

    /// <summary>Orchestrator.Sign: personal_sign over keccak(<paramref name="message"/>); empty without a key.</summary>
    public byte[] SignHashed(ReadOnlySpan<byte> message) => _key?.SignHashed(message) ?? [];

    /// <summary>The transcode result signature (Eth.Sign of the hash of the renditions' keccak hashes); empty without a key.</summary>
    public byte[] SignResultHashes(IEnumerable<byte[]> renditionHashes) =>
        _key is null ? [] : _key.SignPersonal(Protocol.Rpc.TranscodeResultSignature.HashOfHashes(renditionHashes));
}
