using System.Numerics;
using Livepeer.Cli.Commands.Chain;

namespace Livepeer.Cli.Tests.Chain;

public sealed class WeiAmountTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1000", "1000")]
    [InlineData("1000wei", "1000")]
    [InlineData("2gwei", "2000000000")]
    [InlineData("1.5eth", "1500000000000000000")]
    [InlineData("1.5 ETH", "1500000000000000000")]
    [InlineData("0.000000000000000001ether", "1")]
    [InlineData(".25eth", "250000000000000000")]
    [InlineData("1.50gwei", "1500000000")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935", "115792089237316195423570985008687907853269984665640564039457584007913129639935")]
    public void Parses_exact_amounts(string text, string wei)
    {
        Assert.True(WeiAmount.TryParse(text, out var parsed, out var error), error);
        Assert.Equal(BigInteger.Parse(wei), parsed);
    }

    [Theory]
    [InlineData("", "is not an amount")]
    [InlineData("eth", "is not an amount")]
    [InlineData("-1", "is not an amount")]
    [InlineData("1e18", "is not an amount")]
    [InlineData("1.", "is not an amount")]
    [InlineData("1.2.3", "is not an amount")]
    [InlineData("1.5", "is not a whole number of wei")]
    [InlineData("0.0000000000000000001eth", "is not a whole number of wei (at most 18 decimal places")]
    public void Refuses_what_is_not_a_whole_number_of_wei(string text, string message)
    {
        Assert.False(WeiAmount.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Describes_wei_with_its_ether_value() =>
        Assert.Equal("1500000000000000001 wei (1.500000000000000001 ETH)", WeiAmount.Describe(BigInteger.Parse("1500000000000000001")));
}
