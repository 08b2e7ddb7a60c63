using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Chain.Network;

/// <summary>
/// Resolves the Livepeer proxies from the Controller with getContract(keccak256(name)) (chain.md §1,
/// §7), once: the first successful resolution is kept, a failed one is tried again on the next call.
/// Proxy addresses do not change on upgrades (only their Targets do), so the cache never goes stale.
/// </summary>
public sealed class LivepeerContracts
{
    /// <summary>The names resolved through the Controller, in this order.</summary>
    public static readonly IReadOnlyList<string> ResolvedNames = ["TicketBroker", "RoundsManager", "BondingManager", "ServiceRegistry"];

    private readonly EthClient _eth;
    private readonly EthAddress _controller;
    private readonly EthAddress? _aiServiceRegistry;
    private readonly IReadOnlyDictionary<string, EthAddress> _expected;
    private readonly string _network;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private LivepeerContractAddresses? _resolved;

    public LivepeerContracts(
        EthClient eth,
        string network,
        EthAddress controller,
        EthAddress? aiServiceRegistry = null,
        IReadOnlyDictionary<string, EthAddress>? expected = null,
        ILogger<LivepeerContracts>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(eth);
        ArgumentNullException.ThrowIfNull(network);
        _eth = eth;
        _network = network;
        _controller = controller;
        _aiServiceRegistry = aiServiceRegistry;
        _expected = expected ?? new Dictionary<string, EthAddress>();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public EthAddress Controller => _controller;

    /// <summary>The addresses; resolved from the Controller on the first call.</summary>
    public async Task<LivepeerContractAddresses> ResolveAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _resolved) is { } cached)
        {
            return cached;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_resolved is null)
            {
                var resolved = await ReadFromControllerAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _resolved, resolved);
            }
            return _resolved;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LivepeerContractAddresses> ReadFromControllerAsync(CancellationToken cancellationToken)
    {
        var code = await _eth.GetCodeAsync(_controller, BlockTag.Latest, cancellationToken).ConfigureAwait(false);
        if (code.Length == 0)
        {
            throw new InvalidOperationException(
                $"there is no contract at the Controller address {_controller} on {_eth.Rpc.Endpoint}; check ControllerAddress for network '{_network}'");
        }
        var answers = await _eth.CallBatchAsync(
            [.. ResolvedNames.Select(name => new CallRequest(_controller, LivepeerAbi.EncodeGetContract(name)))],
            BlockTag.Latest,
            cancellationToken).ConfigureAwait(false);
        var addresses = new EthAddress[ResolvedNames.Count];
        for (int i = 0; i < addresses.Length; i++)
        {
            var name = ResolvedNames[i];
            try
            {
                addresses[i] = LivepeerAbi.DecodeGetContract(answers[i]);
            }
            catch (AbiException e)
            {
                throw new InvalidOperationException($"the contract at {_controller} does not answer getContract like a Livepeer Controller ({e.Message}); check ControllerAddress for network '{_network}'", e);
            }
            if (addresses[i].IsZero)
            {
                throw new InvalidOperationException(
                    $"the Controller {_controller} has no {name} registered (getContract(keccak256(\"{name}\")) is the zero address); are the contracts deployed on network '{_network}'?");
            }
            if (_expected.TryGetValue(name, out var expected) && expected != addresses[i])
            {
                LivepeerChainLog.UnexpectedContract(_logger, _network, name, addresses[i].ToString(), expected.ToString());
            }
        }
        var result = new LivepeerContractAddresses(_controller, addresses[0], addresses[1], addresses[2], addresses[3], _aiServiceRegistry);
        LivepeerChainLog.Resolved(_logger, _network, _controller.ToString(), result.TicketBroker.ToString(), result.RoundsManager.ToString(), result.BondingManager.ToString(), result.ServiceRegistry.ToString());
        return result;
    }
}
