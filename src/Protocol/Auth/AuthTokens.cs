using System.Security.Cryptography;
using System.Text;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Auth;

/// <summary>
/// The orchestrator's session auth token (pm-protocol.md §8.2):
/// token = HMAC-SHA256(secret, UTF8(sessionId) ‖ minbytes(expiration)). The gateway treats it as
/// opaque and echoes it in SegData; the orchestrator re-derives it on every segment and payment.
/// </summary>
public static class AuthTokens
{
    public const string ErrMissing = "missing auth token";
    public const string ErrInvalid = "invalid auth token";
    public const string ErrExpired = "expired auth token";

    public const int SecretLength = 32;
    public const int SessionIdLength = 8;

    /// <summary>How long an issued token is valid.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(30);

    /// <summary>The gateway refreshes its OrchestratorInfo within the last tenth (3 min) of validity.</summary>
    public static readonly TimeSpan RefreshWindow = Validity / 10;

    /// <summary>A fresh 32-byte HMAC secret from a CSPRNG (go-livepeer uses math/rand; any value is wire-compatible).</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretLength);

    /// <summary>8 lower-case hex characters from 4 CSPRNG bytes.</summary>
    public static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SessionIdLength / 2));

    /// <summary>The 32-byte HMAC for (sessionId, expiration).</summary>
    public static byte[] ComputeToken(ReadOnlySpan<byte> secret, string sessionId, long expiration)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        if (secret.IsEmpty)
        {
            throw new ArgumentException("the auth token secret is empty", nameof(secret));
        }
        var id = Encoding.UTF8.GetBytes(sessionId);
        var exp = BigEndian.MinBytes(expiration);
        var message = new byte[id.Length + exp.Length];
        id.CopyTo(message, 0);
        exp.CopyTo(message, id.Length);
        return HMACSHA256.HashData(secret, message);
    }

    /// <summary>A token for <paramref name="sessionId"/> valid until <paramref name="expiration"/> (unix seconds).</summary>
    public static AuthToken Issue(ReadOnlySpan<byte> secret, string sessionId, long expiration) => new()
    {
        Token = Google.Protobuf.ByteString.CopyFrom(ComputeToken(secret, sessionId, expiration)),
        SessionId = sessionId,
        Expiration = expiration,
    };

    /// <summary>A token for a new random session, valid for <see cref="Validity"/> from <paramref name="now"/>.</summary>
    public static AuthToken IssueNew(ReadOnlySpan<byte> secret, DateTimeOffset now) =>
        Issue(secret, NewSessionId(), (now + Validity).ToUnixTimeSeconds());

    /// <summary>
    /// The orchestrator's check, in go-livepeer's order: present, HMAC matches, not expired.
    /// Returns null when the token is good, otherwise one of the spec's error texts.
    /// </summary>
    public static string? Verify(ReadOnlySpan<byte> secret, AuthToken? token, DateTimeOffset now)
    {
        if (token is null)
        {
            return ErrMissing;
        }
        var expected = ComputeToken(secret, token.SessionId, token.Expiration);
        if (!CryptographicOperations.FixedTimeEquals(expected, token.Token.Span))
        {
            return ErrInvalid;
        }
        return IsExpired(token, now) ? ErrExpired : null;
    }

    /// <summary>Expired once <paramref name="now"/> is after the expiration second.</summary>
    public static bool IsExpired(AuthToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return UnixTicks(now) > (Int128)token.Expiration * TimeSpan.TicksPerSecond;
    }

    /// <summary>The gateway's refresh rule: refresh when fewer than <see cref="RefreshWindow"/> remain.</summary>
    public static bool NeedsRefresh(AuthToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return UnixTicks(now) > ((Int128)token.Expiration * TimeSpan.TicksPerSecond) - RefreshWindow.Ticks;
    }

    // Int128 so that any int64 expiration from the wire compares without overflow.
    private static Int128 UnixTicks(DateTimeOffset now) => (Int128)now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
}
