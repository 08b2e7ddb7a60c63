using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;

namespace Livepeer.Chain.Tests.JsonRpc;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Json_rpc_defaults_with_a_url_are_valid()
    {
        Assert.Empty(new JsonRpcOptions { Url = new Uri("http://127.0.0.1:8545") }.Errors());
    }

    [Fact]
    public void Json_rpc_options_list_every_problem()
    {
        var options = new JsonRpcOptions
        {
            Url = new Uri("ws://127.0.0.1:8546"),
            Timeout = TimeSpan.Zero,
            MaxRetries = -1,
            BackoffBase = TimeSpan.FromSeconds(2),
            BackoffMax = TimeSpan.FromSeconds(1),
        };

        var e = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(
            "invalid JSON-RPC options: Url must be an absolute http or https URL, got 'ws://127.0.0.1:8546/'; Timeout must be positive, got 00:00:00; "
            + "MaxRetries must be between 0 and 100, got -1; BackoffMax (00:00:01) must be at least BackoffBase (00:00:02)",
            e.Message);
    }

    [Fact]
    public void A_missing_url_is_explained()
    {
        Assert.Equal(["Url is required (the Ethereum JSON-RPC endpoint, e.g. http://127.0.0.1:8545)"], new JsonRpcOptions().Errors());
        Assert.Throws<ArgumentException>(() => new JsonRpcClient(new HttpClient(), new JsonRpcOptions()));
    }

    [Fact]
    public void Sender_defaults_are_valid()
    {
        Assert.Empty(new TransactionSenderOptions().Errors());
    }

    [Fact]
    public void Sender_options_list_every_problem()
    {
        var options = new TransactionSenderOptions
        {
            FeeMode = (FeeMode)7,
            GasLimitMultiplier = 0.9,
            BaseFeeMultiplier = 0,
            ReceiptTimeout = TimeSpan.FromSeconds(1),
            ReceiptPollInterval = TimeSpan.FromSeconds(2),
        };

        Assert.Equal(
            [
                "FeeMode must be Auto, Legacy or Eip1559, got 7",
                "GasLimitMultiplier must be between 1 and 10, got 0.9",
                "BaseFeeMultiplier must be between 1 and 10, got 0",
                "ReceiptPollInterval (00:00:02) must not exceed ReceiptTimeout (00:00:01)",
            ],
            options.Errors());
    }
}
