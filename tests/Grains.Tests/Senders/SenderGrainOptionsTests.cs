using Livepeer.Grains.Senders;

namespace Livepeer.Grains.Tests.Senders;

public sealed class SenderGrainOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(new SenderGrainOptions().Errors());
        Assert.Equal(65_536, new SenderGrainOptions().NonceBlock);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData((1 << 30) + 1)]
    public void A_nonce_block_out_of_range_is_refused_with_the_range(int block)
    {
        var errors = new SenderGrainOptions { NonceBlock = block }.Errors();
        Assert.Equal([$"NonceBlock must be between 2 and {1 << 30}, got {block}"], errors);
    }

    [Fact]
    public void A_negative_account_age_is_refused()
    {
        Assert.Equal(["AccountMaxAgeBlocks must not be negative, got -1"], new SenderGrainOptions { AccountMaxAgeBlocks = -1 }.Errors());
    }
}
