namespace Livepeer.Protocol.Crypto;

/// <summary>The outcome of checking a 65-byte signature: the signer, or the reason it was refused.</summary>
public readonly record struct SignatureCheck(EthAddress Signer, string? Error)
{
    public bool IsValid => Error is null;

    public static SignatureCheck Fail(string error) => new(default, error);
}
