using CsCheck;
using Livepeer.AzureStorage.Tables;

namespace Livepeer.AzureStorage.Tests.Tables;

public sealed class TableKeysTests
{
    // Small alphabet heavy in characters that need escaping, so generated strings often collide before escaping.
    private static readonly Gen<string> AwkwardStrings = Gen.OneOfConst(
            'a', '_', '7', 'E', 'F', 'h', 'u', '/', '\\', '#', '?', '~', '\0', '\t', '\u007f', '\u009f', '\uD83D', '\uDE00')
        .Array[0, 24].Select(chars => new string(chars));

    [Theory]
    [InlineData("plain-key_1", "plain-key_1")]
    [InlineData("a/b", "a~2Fb")]
    [InlineData("a\\b#c?d", "a~5Cb~23c~3Fd")]
    [InlineData("tab\t", "tab~09")]
    [InlineData("~", "~7E")]
    [InlineData("\u0085", "~85")]
    [InlineData("😀", "😀")]
    public void Escape_replaces_only_rejected_characters_and_the_escape_character(string input, string expected) =>
        Assert.Equal(expected, TableKeys.Escape(input));

    [Fact]
    public void A_lone_surrogate_is_escaped_with_its_code()
    {
        // Not theory data: xUnit's serialization of test cases would replace the lone surrogate with U+FFFD.
        Assert.Equal("x~uD800y", TableKeys.Escape("x\uD800y"));
        Assert.Equal("x~uDC00", TableKeys.Escape("x\uDC00"));
    }

    [Fact]
    public void Encoded_keys_never_contain_rejected_characters_or_lone_surrogates_and_fit_the_limit() =>
        Gen.Select(AwkwardStrings, Gen.Int[0, 60]).Sample((text, repeat) =>
        {
            var encoded = TableKeys.Encode(string.Concat(Enumerable.Repeat(text, repeat)));
            return encoded.Length <= TableKeys.MaxKeyLength
                && !encoded.Any(TableKeys.IsRejected)
                && !HasLoneSurrogate(encoded);
        });

    [Fact]
    public void Escaping_is_injective() =>
        Gen.Select(AwkwardStrings, AwkwardStrings).Sample((a, b) =>
            (a == b) == (TableKeys.Escape(a) == TableKeys.Escape(b)));

    [Fact]
    public void Over_long_keys_that_differ_only_after_the_kept_prefix_still_differ()
    {
        var prefix = new string('p', 600);
        var first = TableKeys.Encode(prefix + "/1");
        var second = TableKeys.Encode(prefix + "/2");

        Assert.Equal(TableKeys.MaxKeyLength, first.Length);
        Assert.NotEqual(first, second);
        Assert.Contains("~h", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_exactly_the_limit_is_kept_verbatim()
    {
        var key = new string('k', TableKeys.MaxKeyLength);
        Assert.Same(key, TableKeys.Encode(key));
    }

    [Fact]
    public void Shortening_never_splits_a_surrogate_pair()
    {
        // 445 ASCII chars put the pair's high half at the last kept position (512 - "~h" - 64 hex = 446).
        var key = new string('a', 445) + string.Concat(Enumerable.Repeat("😀", 100));
        var encoded = TableKeys.Encode(key);

        Assert.False(HasLoneSurrogate(encoded));
        Assert.True(encoded.Length <= TableKeys.MaxKeyLength);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
