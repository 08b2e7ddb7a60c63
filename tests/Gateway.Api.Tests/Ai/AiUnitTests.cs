using Livepeer.Gateway.Api.Ai;
using Livepeer.Gateway.Api.ApiKeys;

namespace Livepeer.Gateway.Api.Tests.Ai;

public sealed class AiUnitTests
{
    [Fact]
    public void Api_keys_carry_their_id_and_match_only_their_hash()
    {
        var (id, token) = ApiKeyToken.New();
        Assert.True(ApiKeyToken.TryGetId(token, out var parsed));
        Assert.Equal(id, parsed);
        Assert.True(ApiKeyToken.IsId(id));
        var hash = ApiKeyToken.Hash(token);
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(token[(ApiKeyToken.Prefix.Length + ApiKeyToken.IdLength + 1)..], hash, StringComparison.Ordinal);
        Assert.True(ApiKeyToken.Matches(token, hash));
        var other = ApiKeyToken.New().Token;
        Assert.False(ApiKeyToken.Matches(other, hash));
        Assert.NotEqual(token, other);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer lpk_")]
    [InlineData("lpk_0123456789AB_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("lpk_0123456789ab-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("lpk_0123456789ab_short")]
    public void Malformed_keys_have_no_id(string? token) => Assert.False(ApiKeyToken.TryGetId(token, out _));

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("hello", new[] { "hello" })]
    [InlineData("Hello there,  world!", new[] { "Hello", " there,", "  world!" })]
    [InlineData(" leading", new[] { " leading" })]
    public void Streamed_llm_pieces_join_back_to_the_answer(string text, string[] pieces)
    {
        var split = AiRequestHandler.SplitWords(text);
        Assert.Equal(pieces, split);
        Assert.Equal(text, string.Concat(split));
    }
}
