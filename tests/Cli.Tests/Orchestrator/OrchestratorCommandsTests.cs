using System.Text.Json;
using Livepeer.Cli.Tests.Payment;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.NodeTestSupport;

namespace Livepeer.Cli.Tests.Orchestrator;

[Collection(CliNodeCollection.Name)]
public sealed class OrchestratorCommandsTests(AdminNode node)
{
    [Fact]
    public async Task List_shows_the_node_orchestrator_in_text_and_json()
    {
        var text = await LpctlRun.OfAsync("orchestrator", "list", "--api", node.OpenApi);
        var json = await LpctlRun.OfAsync("orchestrator", "list", "--api", node.OpenApi, "--json");

        Assert.True(text.ExitCode == 0, text.Error);
        var lines = text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("ADDRESS", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith(node.NodeOrchestrator.ToString(), StringComparison.Ordinal) && l.Contains("(in-cluster only)", StringComparison.Ordinal));
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Contains(document.RootElement.GetProperty("orchestrators").EnumerateArray(), o => o.GetProperty("address").GetString() == node.NodeOrchestrator.ToString());
    }

    [Fact]
    public async Task Set_base_and_auto_adjust_then_get_shows_them()
    {
        var orchestrator = await node.NewOrchestratorAsync();

        var set = await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToLowerHex(), "--base", "1.5", "--auto-adjust", "false", "--api", node.OpenApi);
        var get = await LpctlRun.OfAsync("orchestrator", "price", "get", orchestrator.ToString(), "--api", node.OpenApi);

        Assert.True(set.ExitCode == 0, set.Error);
        Assert.Equal(set.Output, get.Output);
        Assert.Equal(
            $"""
            orchestrator  {orchestrator}
            base price    1.5 wei/pixel (pricePerUnit 3, pixelsPerUnit 2)
            auto-adjust   no
            capability prices: none
            sender prices: none

            """.ReplaceLineEndings(Environment.NewLine),
            get.Output);
        var book = await node.PricesAsync(orchestrator);
        Assert.Equal(new PriceEntry(null, null, null, 3, 2), book.BasePrice);
        Assert.False(book.AutoAdjust);
    }

    [Fact]
    public async Task Capability_and_sender_prices_are_added_changed_in_place_and_removed_leaving_the_rest()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        var sender = AdminNode.RandomAddress();
        string a = orchestrator.ToString(), api = node.OpenApi;

        Assert.Equal(0, (await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--base", "2", "--api", api)).ExitCode);
        Assert.Equal(0, (await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--capability", "text-to-image", "--model", "sd", "--price", "3/7", "--api", api)).ExitCode);
        Assert.Equal(0, (await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--sender", sender.ToLowerHex(), "--price", "0.25", "--api", api)).ExitCode);
        Assert.Equal(0, (await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--capability", "llm", "--sender", sender.ToString(), "--price", "9", "--api", api)).ExitCode);
        // The same scope again, the pipeline by id and the sender in other case: changed in place, not added.
        var change = await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--capability", "27", "--model", "sd", "--price", "0.5", "--api", api);
        Assert.True(change.ExitCode == 0, change.Error);
        Assert.Equal(0, (await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--sender", sender.ToString(), "--price", "1/8", "--api", api)).ExitCode);

        var book = await node.PricesAsync(orchestrator);
        Assert.Equal(new PriceEntry(null, null, null, 2, 1), book.BasePrice);
        Assert.Equal(
        [
            new PriceEntry(null, 27, "sd", 1, 2),
            new PriceEntry(sender, 33, null, 9, 1),
            new PriceEntry(sender, null, null, 1, 8),
        ], book.Entries);

        var remove = await LpctlRun.OfAsync("orchestrator", "price", "set", a, "--capability", "llm", "--sender", sender.ToLowerHex(), "--remove", "--json", "--api", api);
        Assert.True(remove.ExitCode == 0, remove.Error);
        using var answer = JsonDocument.Parse(remove.Output);
        Assert.Equal(1, answer.RootElement.GetProperty("capabilities").GetArrayLength());
        Assert.Equal("0.125", answer.RootElement.GetProperty("senders")[0].GetProperty("pricePerPixel").GetString());
        Assert.Equal([new PriceEntry(null, 27, "sd", 1, 2), new PriceEntry(sender, null, null, 1, 8)], (await node.PricesAsync(orchestrator)).Entries);
    }

    [Fact]
    public async Task Text_output_lists_capability_and_sender_prices()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        var sender = AdminNode.RandomAddress();
        Assert.Equal(0, (await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToString(), "--capability", "upscale", "--price", "4", "--api", node.OpenApi)).ExitCode);

        var run = await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToString(), "--sender", sender.ToString(), "--price", "7/3", "--api", node.OpenApi);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("capability prices (wei/unit):", run.Output, StringComparison.Ordinal);
        Assert.Contains("  upscale               (every model)                             4", run.Output, StringComparison.Ordinal);
        Assert.Contains("sender prices (wei/pixel):", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  {sender}  7/3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_the_api_refuses_exit_2_with_its_message_and_change_nothing()
    {
        var orchestrator = await node.NewOrchestratorAsync();

        var one = await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToString(), "--base", "-1", "--api", node.OpenApi);
        var two = await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToString(), "--capability", "nope", "--price", "x", "--api", node.OpenApi);

        Assert.Equal(2, one.ExitCode);
        Assert.Equal("lpctl: invalid price book: basePricePerPixel: price must not be negative, got '-1' (400)" + Environment.NewLine, one.Error);
        Assert.Equal(2, two.ExitCode);
        Assert.StartsWith("lpctl: the admin API refused the request (400), 2 problems:", two.Error, StringComparison.Ordinal);
        Assert.Contains("  - capabilities[0].capability: \"nope\" is not a capability", two.Error, StringComparison.Ordinal);
        Assert.Contains("  - capabilities[0].pricePerUnit: 'x' is not a price", two.Error, StringComparison.Ordinal);
        Assert.Equal("", one.Output + two.Output);
        var book = await node.PricesAsync(orchestrator);
        Assert.Equal(PriceBook.Free.BasePrice, book.BasePrice);
        Assert.Empty(book.Entries);
    }

    [Fact]
    public async Task Bad_and_unknown_addresses_exit_2_with_the_api_message()
    {
        var bad = await LpctlRun.OfAsync("orchestrator", "price", "get", "0x1234", "--api", node.OpenApi);
        var stranger = AdminNode.RandomAddress();
        var unknown = await LpctlRun.OfAsync("orchestrator", "price", "set", stranger.ToString(), "--base", "1", "--api", node.OpenApi);

        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("lpctl: invalid orchestrator address: address must be 40 hex digits, got 4: '0x1234' (400)" + Environment.NewLine, bad.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal($"lpctl: orchestrator {stranger} does not run in this cluster (GET /admin/orchestrators lists those that do) (404)" + Environment.NewLine, unknown.Error);
    }

    [Fact]
    public async Task Removing_a_price_that_is_not_there_exits_2()
    {
        var orchestrator = await node.NewOrchestratorAsync();

        var run = await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToString(), "--sender", "0x1111111111111111111111111111111111111111", "--remove", "--api", node.OpenApi);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("lpctl: there is no price for sender 0x1111111111111111111111111111111111111111 to remove" + Environment.NewLine, run.Error);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("price get 0x1111111111111111111111111111111111111111")]
    [InlineData("price set 0x1111111111111111111111111111111111111111 --base 1")]
    public async Task An_unreachable_api_exits_3_saying_where_it_looked(string command)
    {
        var api = $"http://127.0.0.1:{LoopbackPorts.Unused()}";

        var run = await LpctlRun.OfAsync(["orchestrator", .. command.Split(' '), "--api", api]);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"lpctl: cannot reach the admin API at {api}/: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("lpctl: is the gateway API running (./run.sh)? Point lpctl at it with --api or $LPCTL_API.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_with_a_token_turns_lpctl_away_without_it_exit_4()
    {
        var run = await LpctlRun.OfAsync("orchestrator", "list", "--api", node.Guarded.Url.ToString());

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("lpctl: admin routes need an 'Authorization: Bearer <token>' header (Admin:Token is set on this gateway) (401)" + Environment.NewLine, run.Error);
    }

    [Fact]
    public async Task The_token_and_the_api_come_from_options_or_the_environment()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        var guarded = node.Guarded.Url.ToString();

        var byOption = await LpctlRun.OfAsync("orchestrator", "price", "set", orchestrator.ToString(), "--base", "3", "--api", guarded, "--token", AdminNode.Token);
        var byEnvironment = await LpctlRun.WithAsync(
            new Dictionary<string, string> { ["LPCTL_API"] = guarded, ["LPCTL_ADMIN_TOKEN"] = AdminNode.Token },
            "orchestrator", "price", "get", orchestrator.ToString(), "--json");
        var wrongToken = await LpctlRun.WithAsync(
            new Dictionary<string, string> { ["LPCTL_ADMIN_TOKEN"] = "not-the-token-at-all-123" },
            "orchestrator", "list", "--api", guarded);

        Assert.True(byOption.ExitCode == 0, byOption.Error);
        Assert.True(byEnvironment.ExitCode == 0, byEnvironment.Error);
        using var book = JsonDocument.Parse(byEnvironment.Output);
        Assert.Equal("3", book.RootElement.GetProperty("basePricePerPixel").GetString());
        Assert.Equal(4, wrongToken.ExitCode);
        Assert.Contains("the bearer token does not match this gateway's Admin:Token (401)", wrongToken.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--price", "1" }, "lpctl: --price needs --capability or --sender; the base price is set with --base")]
    [InlineData(new[] { "--model", "m", "--price", "1" }, "lpctl: --model needs --capability (a model price belongs to a pipeline)")]
    [InlineData(new[] { "--capability", "llm" }, "lpctl: --capability needs --price <price> (or --remove)")]
    [InlineData(new[] { "--sender", "0x1111111111111111111111111111111111111111" }, "lpctl: --sender needs --price <price> (or --remove)")]
    [InlineData(new[] { "--remove" }, "lpctl: --remove needs --capability or --sender to say which price goes")]
    [InlineData(new[] { "--sender", "0x1111111111111111111111111111111111111111", "--price", "1", "--remove" }, "lpctl: --remove and --price contradict each other: give one")]
    [InlineData(new string[0], "lpctl: nothing to set: give --base <price>, --auto-adjust true|false, or --capability/--sender with --price <price>")]
    [InlineData(new[] { "--base", "1", "--api", "127.0.0.1:9935" }, "lpctl: --api must be an http:// or https:// URL such as http://127.0.0.1:9935 (was '127.0.0.1:9935')")]
    public async Task Option_mistakes_exit_2_before_any_call(string[] options, string expected)
    {
        // The API given (unless the case is about --api) listens nowhere: exit 2 rather than 3 shows no call was made.
        string[] api = options.Contains("--api") ? [] : ["--api", $"http://127.0.0.1:{LoopbackPorts.Unused()}"];

        var run = await LpctlRun.OfAsync(["orchestrator", "price", "set", "0x1111111111111111111111111111111111111111", .. options, .. api]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected + Environment.NewLine, run.Error);
    }

    [Fact]
    public async Task Auto_adjust_takes_only_true_or_false()
    {
        var run = await LpctlRun.OfAsync("orchestrator", "price", "set", "0x1111111111111111111111111111111111111111", "--auto-adjust", "maybe");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Argument 'maybe' not recognized. Must be one of:", run.Error, StringComparison.Ordinal);
    }
}
