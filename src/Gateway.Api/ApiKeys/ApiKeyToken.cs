using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Livepeer.Gateway.Api.ApiKeys;

/// <summary>
/// API key text: <c>lpk_&lt;id&gt;_&lt;secret&gt;</c>, 12 hex digits of id (the table row, shown in listings) and
/// 32 random bytes of secret (base64url). Only the SHA-256 of the whole text is stored.
/// </summary>
public static class ApiKeyToken
{
    public const string Prefix = "lpk_";
    public const int IdLength = 12;

    public static (string Id, string Token) New()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The id of a well-formed key; false for anything else (which is then refused without a lookup).</summary>
    public static bool TryGetId(string? token, [NotNullWhen(true)] out string? id)
    {
        id = null;
        if (token is null || token.Length != Prefix.Length + IdLength + 1 + 43 || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + IdLength] != '_')
        {
            return false;
        }
        var candidate = token.Substring(Prefix.Length, IdLength);
        if (!IsId(candidate))
        {
            return false;
        }
        id = candidate;
        return true;
    }

    public static bool IsId(string? text) => text is { Length: IdLength } && text.All(char.IsAsciiHexDigitLower);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Compares a key with a stored hash without leaking where they differ.</summary>
    public static bool Matches(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
