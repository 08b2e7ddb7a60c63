namespace Livepeer.Silo.Options;

/// <summary>
/// Where one of the node's Ethereum keys comes from: a web3 keystore V3 file (geth's format) with its password
/// from a file or from configuration (an environment variable such as <c>Chain__OrchestratorKey__Password</c>), or
/// on the dev network a raw private key. Left empty on dev, the ganache deterministic account of the role is used.
/// </summary>
public sealed class ChainKeyOptions
{
    public string KeystoreFile { get; set; } = "";

    /// <summary>A file whose content (without a trailing newline) is the keystore password.</summary>
    public string PasswordFile { get; set; } = "";

    /// <summary>The keystore password itself; prefer <see cref="PasswordFile"/> or an environment variable over a settings file.</summary>
    public string Password { get; set; } = "";

    /// <summary>dev only: the private key as 64 hex digits (optionally 0x-prefixed).</summary>
    public string PrivateKey { get; set; } = "";

    public bool IsEmpty => KeystoreFile.Length == 0 && PasswordFile.Length == 0 && Password.Length == 0 && PrivateKey.Length == 0;
}
