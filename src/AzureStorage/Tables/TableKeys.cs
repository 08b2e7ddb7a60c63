using System.Security.Cryptography;
using System.Text;

namespace Livepeer.AzureStorage.Tables;

/// <summary>
/// Turns arbitrary strings into valid Azure Table PartitionKey/RowKey values.
/// </summary>
/// <remarks>
/// The service rejects <c>/ \ # ?</c> and control characters (U+0000–U+001F, U+007F–U+009F) in keys and caps each key at
/// 512 UTF-16 code units (Azurite measured; Azure documents 1 KiB). Escaping is injective: every rejected character,
/// every lone surrogate and the escape character <c>~</c> itself become <c>~XX</c> / <c>~uXXXX</c>. Keys still longer
/// than the limit keep a prefix and end in <c>~h</c> + SHA-256 hex of the full escaped key; <c>~h</c> never occurs in
/// an escaped key, so a hashed key cannot equal an unhashed one.
/// </remarks>
public static class TableKeys
{
    /// <summary>Longest key, in UTF-16 code units, that Azure Table and Azurite both accept.</summary>
    public const int MaxKeyLength = 512;

    private const char EscapeChar = '~';
    private const string HashMarker = "~h";
    private const int HashHexLength = 64;

    /// <summary>Escapes <paramref name="value"/> and shortens it with a hash suffix when it is too long.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = Escape(value);
        if (escaped.Length <= MaxKeyLength)
        {
            return escaped;
        }

        var prefixLength = MaxKeyLength - HashMarker.Length - HashHexLength;
        if (char.IsHighSurrogate(escaped[prefixLength - 1]))
        {
            prefixLength--; // never split a surrogate pair
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(escaped)));
        return string.Concat(escaped.AsSpan(0, prefixLength), HashMarker, hash);
    }

    /// <summary>Replaces characters the Table service rejects; the result may still be too long (see <see cref="Encode"/>).</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!NeedsEscaping(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(EscapeChar).Append('u').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (IsRejected(c) || c == EscapeChar)
            {
                builder.Append(EscapeChar).Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>True for characters the Table service refuses in PartitionKey/RowKey.</summary>
    public static bool IsRejected(char c) =>
        c is '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (IsRejected(c) || c == EscapeChar || char.IsSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }
}
