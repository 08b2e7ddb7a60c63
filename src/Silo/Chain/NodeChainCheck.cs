using Livepeer.Chain.Contracts;
using Livepeer.Chain.Network;

namespace Livepeer.Silo.Chain;

/// <summary>
/// At start-up, connects to the chain and says where the node stands: the contracts, whether the orchestrator is
/// active, the gateway's deposit and reserve. A node on the wrong chain (or a Controller without the contracts)
/// stops here; a node that does not answer yet only gets a warning, and the chain watcher keeps trying.
/// </summary>
internal sealed partial class NodeChainCheck(JsonRpcLivepeerChain chain, NodeChainSetup setup, ILogger<NodeChainCheck> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        try
        {
            var contracts = await chain.ConnectAsync(cancellationToken);
            var orchestrator = setup.OrchestratorKey.Address;
            bool active = await chain.IsActiveTranscoderAsync(orchestrator, cancellationToken);
            var round = await chain.GetRoundStateAsync(cancellationToken);
            LogConnected(setup.Network, chain.ChainId, setup.Connection.Rpc.Url?.ToString() ?? "", contracts.TicketBroker.ToString(), round.CurrentRound, round.CurrentRoundInitialized);
            if (active)
            {
                LogOrchestratorActive(orchestrator.ToString(), round.CurrentRound);
            }
            else
            {
                LogOrchestratorInactive(orchestrator.ToString(), round.CurrentRound);
            }
            if (setup.GatewayKey is { } gateway)
            {
                var info = await chain.GetSenderInfoAsync(gateway.Address, cancellationToken);
                LogGateway(gateway.Address.ToString(), info.Deposit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    info.Reserve.FundsRemaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        catch (ChainUnavailableException e)
        {
            LogUnavailable(setup.Network, setup.Connection.Rpc.Url?.ToString() ?? "", e.Message);
        }
    }

    // ./run.sh and the end-to-end tests look for "Orchestrator ... active on chain".
    [LoggerMessage(Level = LogLevel.Information, Message = "Chain {Network} (chain id {ChainId}) at {Rpc}: TicketBroker {TicketBroker}, round {Round} (initialized: {Initialized})")]
    private partial void LogConnected(string network, long chainId, string rpc, string ticketBroker, long round, bool initialized);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} active on chain in round {Round}")]
    private partial void LogOrchestratorActive(string orchestrator, long round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orchestrator {Orchestrator} is not active on chain in round {Round}: gateways' tickets to it are refused until it is")]
    private partial void LogOrchestratorInactive(string orchestrator, long round);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway {Gateway} signs tickets; TicketBroker deposit {Deposit} wei, reserve {Reserve} wei")]
    private partial void LogGateway(string gateway, string deposit, string reserve);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chain {Network} at {Rpc} does not answer yet ({Reason}); the chain watcher keeps trying")]
    private partial void LogUnavailable(string network, string rpc, string reason);
}
