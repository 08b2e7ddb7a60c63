using Livepeer.Chain.Contracts;
using Livepeer.Chain.Offchain;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Offchain;

public sealed class OffchainChainTests
{
    private static readonly ILivepeerChain Chain = new OffchainChain();
    private static readonly EthAddress Someone = EthAddress.Parse("0x1111111111111111111111111111111111111111");

    public static TheoryData<string, Func<Task>> Calls => new()
    {
        { "GetSenderInfoAsync", () => Chain.GetSenderInfoAsync(Someone) },
        { "GetClaimedReserveAsync", () => Chain.GetClaimedReserveAsync(Someone, Someone) },
        { "IsTicketUsedAsync", () => Chain.IsTicketUsedAsync(Hash32.Zero) },
        { "RedeemWinningTicketAsync", () => Chain.RedeemWinningTicketAsync(null!) },
        { "GetRoundStateAsync", () => Chain.GetRoundStateAsync() },
        { "GetBlockHashForRoundAsync", () => Chain.GetBlockHashForRoundAsync(1) },
        { "InitializeRoundAsync", () => Chain.InitializeRoundAsync() },
        { "IsActiveTranscoderAsync", () => Chain.IsActiveTranscoderAsync(Someone) },
        { "GetTranscoderPoolSizeAsync", () => Chain.GetTranscoderPoolSizeAsync() },
        { "GetTranscoderTotalStakeAsync", () => Chain.GetTranscoderTotalStakeAsync(Someone) },
        { "GetTranscoderPoolAsync", () => Chain.GetTranscoderPoolAsync() },
        { "GetServiceUriAsync", () => Chain.GetServiceUriAsync(Someone) },
        { "GetL1BlockNumberAsync", () => Chain.GetL1BlockNumberAsync() },
        { "GetGasPriceAsync", () => Chain.GetGasPriceAsync() },
        { "ChainId", () => Task.FromResult(Chain.ChainId) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Every_chain_call_fails_naming_itself_and_the_offchain_mode(string member, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<OffchainModeException>(call);

        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.Equal($"ILivepeerChain.{member}", error.Member);
        Assert.Equal(
            $"ILivepeerChain.{member} is not available with --network offchain: this node runs without a chain (no deposits, rounds, tickets or redemptions)",
            error.Message);
    }

    [Fact]
    public void Every_member_of_the_chain_interface_is_covered()
    {
        var members = typeof(ILivepeerChain).GetInterfaces().Append(typeof(ILivepeerChain))
            .SelectMany(i => i.GetMethods()).Select(m => m.Name.StartsWith("get_", StringComparison.Ordinal) ? m.Name[4..] : m.Name);

        Assert.Equal(members.Order(), Calls.Select(row => (string)row[0]).Order());
    }
}
