namespace Livepeer.Chain.Keystore;

/// <summary>A keystore file that is malformed or unsupported, or a password that does not open it.</summary>
public sealed class KeystoreException : Exception
{
    /// <summary>geth's text for a MAC mismatch (accounts/keystore ErrDecrypt).</summary>
    public const string WrongPassword = "could not decrypt key with given password";

    public KeystoreException(string message)
        : base(message)
    {
    }

    public KeystoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
