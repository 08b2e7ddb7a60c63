using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Tests.Selection;

public sealed class CapabilityMaxPricesTests
{
    [Fact]
    public void Reads_go_livepeers_format()
    {
        var prices = CapabilityMaxPrices.Parse("""
            {"capabilities_prices":[
              {"pipeline":"text-to-image","model_id":"stabilityai/sd-turbo","price_per_unit":1000,"pixels_per_unit":1,"currency":"wei"},
              {"pipeline":"image-to-text","price_per_unit":"0.5","pixels_per_unit":3},
              {"pipeline":"llm","model_id":"default","price_per_unit":7}
            ]}
            """, out var errors);
        Assert.Empty(errors);
        Assert.Equal(new BigRational(1000), prices[new CapabilityModel(Capability.TextToImage, "stabilityai/sd-turbo")]);
        Assert.Equal(new BigRational(1, 6), prices[new CapabilityModel(Capability.ImageToText, "")]);
        Assert.Equal(new BigRational(7), prices[new CapabilityModel(Capability.Llm, "")]);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"prices":[]}""", "capabilities_prices")]
    [InlineData("""{"capabilities_prices":[{"pipeline":"paint","price_per_unit":1}]}""", "'paint' is not a pipeline")]
    [InlineData("""{"capabilities_prices":[{"pipeline":"llm","price_per_unit":1,"currency":"USD"}]}""", "USD")]
    [InlineData("""{"capabilities_prices":[{"pipeline":"llm","price_per_unit":-1}]}""", "price_per_unit")]
    [InlineData("""{"capabilities_prices":[{"pipeline":"llm","price_per_unit":1,"pixels_per_unit":0}]}""", "pixels_per_unit")]
    [InlineData("""{"capabilities_prices":[{"pipeline":"llm","price_per_unit":1},{"pipeline":"llm","model_id":"","price_per_unit":2}]}""", "more than once")]
    public void Refuses_what_it_cannot_use_and_says_why(string json, string expected)
    {
        CapabilityMaxPrices.Parse(json, out var errors);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
