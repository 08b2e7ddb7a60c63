using Livepeer.Chain.Contracts;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Network;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>Runs a chain command's body and turns the chain's failures into messages and exit codes (1 refused, 3 unreachable).</summary>
internal static class ChainCommandRunner
{
    public static async Task<int> RunAsync(
        ChainSettings settings,
        string what,
        TextWriter error,
        Func<JsonRpcLivepeerChain, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        try
        {
            var chain = await JsonRpcLivepeerChain.ConnectAsync(http, settings.ChainOptions, settings.GatewayKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await body(chain, cancellationToken).ConfigureAwait(false);
        }
        catch (ContractRevertException e)
        {
            error.WriteLine($"lpctl: {what} reverted: {e.Reason}");
            return ChainExitCodes.Failed;
        }
        catch (ChainUnavailableException e)
        {
            error.WriteLine($"lpctl: {what}: the chain at {settings.ChainOptions.Rpc.Url} is unreachable: {e.Message}");
            return ChainExitCodes.Unreachable;
        }
        catch (HttpRequestException e)
        {
            error.WriteLine($"lpctl: {what}: the chain at {settings.ChainOptions.Rpc.Url} is unreachable: {e.Message}");
            return ChainExitCodes.Unreachable;
        }
        catch (JsonRpcException e)
        {
            error.WriteLine($"lpctl: {what}: the node refused a request: {e.Message}");
            return ChainExitCodes.Failed;
        }
        catch (InvalidOperationException e)
        {
            // Wrong chain id, a Controller without the contracts, or an answer out of spec.
            error.WriteLine($"lpctl: {what} failed: {e.Message}");
            return ChainExitCodes.Failed;
        }
    }

    /// <summary>Prints option problems the way the other lpctl commands do and returns exit code 2.</summary>
    public static int BadOptions(IEnumerable<string> problems, TextWriter error)
    {
        foreach (var problem in problems.Distinct())
        {
            error.WriteLine($"lpctl: {problem}");
        }
        return ChainExitCodes.BadOptions;
    }
}
