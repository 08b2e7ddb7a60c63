using System.Text;
using Google.Protobuf;
using Livepeer.Protocol.Auth;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Auth;

// pm-protocol.md §8.2 and the AuthToken vectors of §12.1 / §12.2.
public sealed class AuthTokenTests
{
    private static readonly byte[] Secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData(100L, "e896e58f32128ad59566fbef0ae8d4b702f6f08cdfe3f17b544696016f5e5423")]
    [InlineData(200L, "cfc21015f594e4c3b32bbaf771fe075825a6d0f2ef8e976d726e8d6d2e050cf2")]
    public void Foo_bar_vectors(long expiration, string expected)
    {
        Assert.Equal(expected, Convert.ToHexStringLower(AuthTokens.ComputeToken("foo"u8, "bar", expiration)));
    }

    [Fact]
    public void Counting_secret_vector()
    {
        var token = AuthTokens.Issue(Secret, "f1405ced", 1_700_000_000);
        Assert.Equal("d3f400be67f7a713a37b0e77894867669282c317283c3f258ea528e52011804d", Convert.ToHexStringLower(token.Token.Span));
        Assert.Equal("f1405ced", token.SessionId);
        Assert.Equal(1_700_000_000, token.Expiration);
    }

    [Fact]
    public void Verify_checks_presence_then_hmac_then_expiry()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var token = AuthTokens.IssueNew(Secret, now);
        Assert.Equal(now.ToUnixTimeSeconds() + 1800, token.Expiration);
        Assert.Null(AuthTokens.Verify(Secret, token, now));
        Assert.Null(AuthTokens.Verify(Secret, token, now.AddMinutes(30)));

        Assert.Equal(AuthTokens.ErrMissing, AuthTokens.Verify(Secret, null, now));
        Assert.Equal(AuthTokens.ErrExpired, AuthTokens.Verify(Secret, token, now.AddMinutes(30).AddMilliseconds(1)));

        var otherSession = token.Clone();
        otherSession.SessionId = "00000000";
        Assert.Equal(AuthTokens.ErrInvalid, AuthTokens.Verify(Secret, otherSession, now));

        var extended = token.Clone();
        extended.Expiration += 60;
        Assert.Equal(AuthTokens.ErrInvalid, AuthTokens.Verify(Secret, extended, now));

        // A forged token is "invalid" even when it is also expired: the HMAC is checked first.
        var expiredForgery = token.Clone();
        expiredForgery.Token = ByteString.CopyFrom(new byte[32]);
        Assert.Equal(AuthTokens.ErrInvalid, AuthTokens.Verify(Secret, expiredForgery, now.AddDays(1)));

        Assert.Equal(AuthTokens.ErrInvalid, AuthTokens.Verify("another secret"u8, token, now));
        Assert.Equal(AuthTokens.ErrInvalid, AuthTokens.Verify(Secret, new AuthToken(), now));
    }

    [Fact]
    public void Refresh_is_due_in_the_last_three_minutes()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_000_000);
        var token = AuthTokens.IssueNew(Secret, now);
        Assert.False(AuthTokens.NeedsRefresh(token, now.AddMinutes(27)));
        Assert.True(AuthTokens.NeedsRefresh(token, now.AddMinutes(27).AddSeconds(1)));
    }

    [Fact]
    public void Extreme_expirations_from_the_wire_do_not_throw()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.True(AuthTokens.IsExpired(new AuthToken { Expiration = long.MinValue }, now));
        Assert.False(AuthTokens.IsExpired(new AuthToken { Expiration = long.MaxValue }, now));
        Assert.True(AuthTokens.NeedsRefresh(new AuthToken { Expiration = long.MinValue }, now));
    }

    [Fact]
    public void Session_ids_are_8_lower_hex_chars_and_differ()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => AuthTokens.NewSessionId()).ToArray();
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{8}$", id));
        Assert.True(ids.Distinct().Count() > 45);
        Assert.Equal(32, AuthTokens.NewSecret().Length);
        Assert.NotEqual(AuthTokens.NewSecret(), AuthTokens.NewSecret());
    }

    [Fact]
    public void Message_is_session_bytes_then_minimal_expiration_bytes()
    {
        // expiration 0 contributes no bytes: the HMAC equals that of the bare session id.
        var bare = System.Security.Cryptography.HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes("abc"));
        Assert.Equal(bare, AuthTokens.ComputeToken(Secret, "abc", 0));
        Assert.Throws<ArgumentException>(() => AuthTokens.ComputeToken([], "abc", 1));
    }
}
