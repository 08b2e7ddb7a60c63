using System.Globalization;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// Standard base64 with padding (RFC 4648 §4) as Go's base64.StdEncoding reads it: only the 64
/// letters and '=' are allowed (.NET would also skip spaces and tabs), so a header that go-livepeer
/// refuses is refused here too.
/// </summary>
public static class StdBase64
{
    /// <summary>The bytes of <paramref name="text"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static byte[]? TryDecode(string text, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool letter = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '=';
            if (!letter)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"illegal base64 data at input byte {i}");
                return null;
            }
        }
        if (text.Length % 4 != 0)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"illegal base64 data at input byte {text.Length - (text.Length % 4)} (length {text.Length} is not a multiple of 4)");
            return null;
        }
        try
        {
            error = "";
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            // Only misplaced padding is left at this point.
            int at = text.IndexOf('=', StringComparison.Ordinal);
            error = string.Create(CultureInfo.InvariantCulture, $"illegal base64 data at input byte {Math.Max(at, 0)} (misplaced padding)");
            return null;
        }
    }
}
