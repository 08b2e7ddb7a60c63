using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.DevChain.Contracts;
using Livepeer.Protocol.Crypto;

namespace Livepeer.DevChain.Deployment;

/// <summary>
/// Deploys the five contract doubles to a dev chain with our JSON-RPC client and transaction sender, registers
/// them in the Controller double under keccak256(name) (chain.md §1), registers and activates the orchestrator
/// with stake, publishes its service URI, funds the gateway's deposit and reserve, and initializes the current
/// round. Every run deploys fresh contracts, so it can be repeated on the same chain.
/// </summary>
public static class DevChainDeployer
{
    private static readonly TimeSpan ReceiptTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReceiptPollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task<DevChainDeployment> DeployAsync(DevChainDeployOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid deploy options: " + string.Join("; ", problems), nameof(options));
        }
        var deployerKey = EthKey.FromHex(options.DeployerKey);
        var gatewayKey = EthKey.FromHex(options.GatewayKey);
        var orchestratorKey = EthKey.FromHex(options.OrchestratorKey);

        using var http = new HttpClient();
        var eth = new EthClient(new JsonRpcClient(http, new JsonRpcOptions { Url = options.RpcUrl }));
        var chainId = await Step($"read the chain id from {options.RpcUrl}", () => eth.ChainIdAsync(cancellationToken)).ConfigureAwait(false);
        progress?.Report($"chain id {chainId} at {options.RpcUrl}");
        await RequireBalanceAsync(eth, "gateway", gatewayKey.Address, options.Deposit + options.Reserve, cancellationToken).ConfigureAwait(false);

        var nonces = new NonceManager(eth);
        var senderOptions = new TransactionSenderOptions { ReceiptTimeout = ReceiptTimeout, ReceiptPollInterval = ReceiptPollInterval };
        var deployer = new TransactionSender(eth, deployerKey, chainId, senderOptions, nonces);
        var gateway = new TransactionSender(eth, gatewayKey, chainId, senderOptions, nonces);
        var orchestrator = new TransactionSender(eth, orchestratorKey, chainId, senderOptions, nonces);

        var controller = await DeployContractAsync(deployer, "Controller", DevChainContracts.Controller, [], progress, cancellationToken).ConfigureAwait(false);
        var roundsManager = await DeployContractAsync(deployer, "RoundsManager", DevChainContracts.RoundsManager, [controller, options.RoundLength], progress, cancellationToken).ConfigureAwait(false);
        var bondingManager = await DeployContractAsync(deployer, "BondingManager", DevChainContracts.BondingManager, [controller], progress, cancellationToken).ConfigureAwait(false);
        var ticketBroker = await DeployContractAsync(
            deployer, "TicketBroker", DevChainContracts.TicketBroker, [controller, options.UnlockPeriod, options.TicketValidityPeriod], progress, cancellationToken).ConfigureAwait(false);
        var serviceRegistry = await DeployContractAsync(deployer, "ServiceRegistry", DevChainContracts.ServiceRegistry, [controller], progress, cancellationToken).ConfigureAwait(false);
        var aiServiceRegistry = await DeployContractAsync(deployer, "AIServiceRegistry", DevChainContracts.ServiceRegistry, [controller], progress, cancellationToken).ConfigureAwait(false);

        // AIServiceRegistry is not registered in the Controller on mainnet either (chain.md §5).
        foreach (var (name, address) in new[] { ("RoundsManager", roundsManager), ("BondingManager", bondingManager), ("TicketBroker", ticketBroker), ("ServiceRegistry", serviceRegistry) })
        {
            await SendAsync(deployer, $"register {name} in the Controller", controller, DevChainAbi.EncodeSetContractInfo(name, address), BigInteger.Zero, cancellationToken).ConfigureAwait(false);
        }
        progress?.Report("registered RoundsManager, BondingManager, TicketBroker and ServiceRegistry in the Controller");

        await SendAsync(deployer, "register and activate the orchestrator", bondingManager,
            DevChainAbi.EncodeSetTranscoder(orchestratorKey.Address, registered: true, active: true, options.Stake), BigInteger.Zero, cancellationToken).ConfigureAwait(false);
        progress?.Report($"orchestrator {orchestratorKey.Address} registered and active with stake {options.Stake}");

        var setUri = LivepeerAbi.EncodeSetServiceUri(options.ServiceUri);
        await SendAsync(orchestrator, "set the orchestrator's service URI", serviceRegistry, setUri, BigInteger.Zero, cancellationToken).ConfigureAwait(false);
        await SendAsync(orchestrator, "set the orchestrator's AI service URI", aiServiceRegistry, setUri, BigInteger.Zero, cancellationToken).ConfigureAwait(false);
        progress?.Report($"orchestrator service URI {options.ServiceUri}");

        if (!options.Deposit.IsZero || !options.Reserve.IsZero)
        {
            await SendAsync(gateway, "fund the gateway's deposit and reserve", ticketBroker,
                LivepeerAbi.EncodeFundDepositAndReserve(options.Deposit, options.Reserve), options.Deposit + options.Reserve, cancellationToken).ConfigureAwait(false);
            progress?.Report($"gateway {gatewayKey.Address} funded: deposit {options.Deposit} wei, reserve {options.Reserve} wei");
        }

        // Last, so the round is as fresh as it can be when the command returns.
        var round = await InitializeCurrentRoundAsync(deployer, roundsManager, cancellationToken).ConfigureAwait(false);
        progress?.Report($"round {round} initialized");

        return new DevChainDeployment(
            chainId, controller, roundsManager, bondingManager, ticketBroker, serviceRegistry, aiServiceRegistry,
            deployerKey.Address, gatewayKey.Address, orchestratorKey.Address,
            round, options.RoundLength, options.Deposit, options.Reserve, options.Stake, options.ServiceUri);
    }

    private static async Task<long> InitializeCurrentRoundAsync(TransactionSender sender, EthAddress roundsManager, CancellationToken cancellationToken)
    {
        var initialized = LivepeerAbi.DecodeCurrentRoundInitialized(
            await CallAsync(sender.Eth, "read currentRoundInitialized", roundsManager, LivepeerAbi.EncodeCurrentRoundInitialized(), cancellationToken).ConfigureAwait(false));
        if (!initialized)
        {
            var receipt = await SendAsync(sender, "initialize the current round", roundsManager, LivepeerAbi.EncodeInitializeRound(), BigInteger.Zero, cancellationToken).ConfigureAwait(false);
            var newRound = receipt.LogsOf(roundsManager, LivepeerAbi.NewRoundEvent).Select(l => LivepeerAbi.DecodeNewRound(l.ToEventLog())).FirstOrDefault()
                ?? throw new DevChainDeployException($"initializeRound (tx {receipt.TransactionHash}) emitted no NewRound log");
            return newRound.Round;
        }
        return LivepeerAbi.DecodeCurrentRound(
            await CallAsync(sender.Eth, "read currentRound", roundsManager, LivepeerAbi.EncodeCurrentRound(), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<EthAddress> DeployContractAsync(
        TransactionSender sender, string role, ContractArtifact artifact, AbiValue[] constructorArguments, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var receipt = await SendAsync(sender, $"deploy {artifact.Name} ({role})", null, artifact.EncodeDeployment(constructorArguments), BigInteger.Zero, cancellationToken).ConfigureAwait(false);
        var address = receipt.ContractAddress
            ?? throw new DevChainDeployException($"deploy {artifact.Name}: the receipt of {receipt.TransactionHash} has no contract address");
        progress?.Report($"{role,-17} {address} ({artifact.Name})");
        return address;
    }

    private static Task<TransactionReceipt> SendAsync(
        TransactionSender sender, string step, EthAddress? to, byte[] data, BigInteger value, CancellationToken cancellationToken) =>
        Step(step, () => sender.SendAndWaitAsync(new TransactionRequest(to, data) { Value = value, Label = step }, cancellationToken));

    private static Task<byte[]> CallAsync(EthClient eth, string step, EthAddress to, byte[] data, CancellationToken cancellationToken) =>
        Step(step, () => eth.CallAsync(new CallRequest(to, data), BlockTag.Latest, cancellationToken));

    private static async Task RequireBalanceAsync(EthClient eth, string role, EthAddress account, BigInteger needed, CancellationToken cancellationToken)
    {
        var balance = await Step($"read the {role} balance", () => eth.GetBalanceAsync(account, BlockTag.Latest, cancellationToken)).ConfigureAwait(false);
        // Gas comes on top; this catches the common mistake (an unfunded key) before anything is deployed.
        if (balance <= needed)
        {
            throw new DevChainDeployException($"the {role} {account} holds {balance} wei, not enough to fund {needed} wei plus gas");
        }
    }

    /// <summary>Runs one step, turning the client's failures into one exception that says which step failed.</summary>
    private static async Task<T> Step<T>(string step, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ContractRevertException e)
        {
            throw new DevChainDeployException($"{step}: reverted: {e.Reason}", e);
        }
        catch (Exception e) when (e is ChainUnavailableException or JsonRpcException or TransactionNotMinedException or FormatException or HttpRequestException)
        {
            throw new DevChainDeployException($"{step}: {e.Message}", e);
        }
    }
}
