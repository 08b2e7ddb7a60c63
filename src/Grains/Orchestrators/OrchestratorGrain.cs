using System.Globalization;
using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Auth;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Pricing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Orchestrators;

/// <summary>
/// An orchestrator we run. Quotes are read-only turns that interleave with each other; settings and
/// prices are replaced as whole immutable objects, so a quote that awaits sees one consistent set.
/// </summary>
[GrainType("livepeer.orchestrator")]
public sealed partial class OrchestratorGrain(
    [PersistentState("orchestrator")] IPersistentState<OrchestratorGrainState> state,
    ILivepeerChain chain,
    IOptions<PaymentOptions> paymentDefaults,
    TimeProvider clock,
    ILogger<OrchestratorGrain> logger) : Grain, IOrchestratorGrain
{
    private EthAddress _address;
    private byte[] _authSecret = [];
    private Issuing _issuing = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!EthAddress.TryParse(this.GetPrimaryKeyString(), out _address, out var error))
        {
            throw new ArgumentException($"an orchestrator grain is keyed by the orchestrator's ETH address: {error}");
        }
        if (state.State.RecipientSecret.Length == 0)
        {
            // Stored before any params are issued: params must stay verifiable across restarts.
            state.State.RecipientSecret = StateText.Hex(TicketParamsIssuer.NewSecret());
            state.State.AuthSecret = StateText.Hex(AuthTokens.NewSecret());
            await state.WriteStateAsync(cancellationToken);
            LogSecretCreated(_address.ToString());
        }
        _authSecret = StateText.Bytes(state.State.AuthSecret);
        _issuing = BuildIssuing(state.State.Settings?.ToSettings() ?? DefaultSettings, state.State.Prices?.ToPriceBook() ?? PriceBook.Free);
    }

    public Task<OrchestratorSettings> GetSettings() => Task.FromResult(_issuing.Settings);

    public async Task<IReadOnlyList<string>> Configure(OrchestratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Errors();
        if (errors.Count > 0)
        {
            return errors;
        }
        var previous = state.State.Settings is null ? [] : DirectoryKeys(_issuing.Settings);
        state.State.Settings = OrchestratorSettingsState.From(settings);
        await state.WriteStateAsync();
        _issuing = BuildIssuing(settings, _issuing.Prices);
        await ListAsync();
        foreach (var key in previous.Except(DirectoryKeys(settings)))
        {
            await GrainFactory.GetGrain<IOrchestratorDirectoryGrain>(key).Unregister(_address);
        }
        return [];
    }

    public Task<IReadOnlyList<string>> Advertise(IReadOnlyList<OrchestratorCapability> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        if (capabilities.Any(c => c is null))
        {
            return Task.FromResult<IReadOnlyList<string>>(["a capability entry is missing"]);
        }
        var replaced = capabilities.Select(c => (c.Capability, c.Model)).ToHashSet();
        var merged = _issuing.Settings.Capabilities.Where(c => !replaced.Contains((c.Capability, c.Model))).Concat(capabilities).ToList();
        LogAdvertised(_address.ToString(), capabilities.Count, merged.Count);
        return Configure(_issuing.Settings with { Capabilities = merged });
    }

    public Task<PriceBook> GetPrices() => Task.FromResult(_issuing.Prices);

    public async Task<IReadOnlyList<string>> SetPrices(PriceBook prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var errors = prices.Errors();
        if (errors.Count > 0)
        {
            return errors;
        }
        state.State.Prices = PriceBookState.From(prices);
        await state.WriteStateAsync();
        _issuing = BuildIssuing(_issuing.Settings, prices);
        if (state.State.Settings is not null)
        {
            await ListAsync();
        }
        LogPricesSet(_address.ToString(), prices.BasePricePerPixel.ToString(), prices.Entries.Count, prices.AutoAdjust);
        return [];
    }

    public async Task<QuoteResult> GetOrchestratorInfo(QuoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issuing = _issuing;
        if (request.Model is not null && request.Capability is null)
        {
            return QuoteResult.Refused($"model '{request.Model}' was asked for without a capability");
        }
        if (request.Sender.IsZero)
        {
            return QuoteResult.Refused(PmErrors.InvalidTicketSender);
        }
        var time = await GrainFactory.GetGrain<IRoundGrain>(chain.ChainId).Get();
        if (!time.IsKnown)
        {
            return QuoteResult.Refused(GrainErrors.ChainTimeUnknown);
        }

        var receiver = GrainFactory.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(_address, request.Sender));
        var fixedPriceTask = request.SessionId is null ? Task.FromResult<BigRational?>(null) : receiver.GetFixedPrice(request.SessionId);
        var pendingTask = GrainFactory.GetGrain<IRedemptionQueueGrain>(StateText.Of(_address)).GetPendingAmount(request.Sender);
        SenderFloatView view;
        try
        {
            view = await receiver.GetSenderFloat();
        }
        catch (Exception e)
        {
            return QuoteResult.Refused(PmErrors.SenderInfoUnavailable(request.Sender, e.Message));
        }
        var maxFloat = SenderFloat.MaxFloat(view.Info, time.PoolSize, view.ClaimedReserve, await pendingTask);

        // Once a session paid, its price is frozen (§3.4): neither the book nor gas moves it.
        var fixedPrice = await fixedPriceTask;
        var price = fixedPrice ?? BigRational.Zero;
        if (fixedPrice is null)
        {
            var basePrice = issuing.Prices.Find(request.Sender, request.Capability, request.Model).PricePerPixel;
            var multiplier = BigRational.Zero;
            if (issuing.Prices.AutoAdjust && basePrice.Sign > 0)
            {
                if (!FaceValuePolicy.TryComputeFaceValue(time.GasPrice, maxFloat, issuing.Issuer.Options, out var faceValue, out var faceValueError))
                {
                    return QuoteResult.Refused(faceValueError);
                }
                multiplier = AutoPriceAdjustment.TxCostMultiplier(faceValue, FaceValuePolicy.TxCost(issuing.Issuer.Options.RedeemGas, time.GasPrice));
            }
            price = AutoPriceAdjustment.Adjust(basePrice, multiplier, issuing.Prices.AutoAdjust);
        }

        var expiration = TicketParamsIssuer.ExpirationParamsFor(time.LastInitializedRound, time.RoundBlockHash, time.PreviousRoundBlockHash);
        if (!issuing.Issuer.TryIssue(request.Sender, price, time.GasPrice, maxFloat, time.LastL1Block, expiration, out var ticketParams, out var issueError))
        {
            return QuoteResult.Refused(issueError);
        }
        var sessionId = request.SessionId ?? AuthTokens.NewSessionId();
        long authExpiration = (clock.GetUtcNow() + AuthTokens.Validity).ToUnixTimeSeconds();
        return QuoteResult.Ok(new OrchestratorQuote(
            _address,
            issuing.Settings.ServiceUri,
            ticketParams,
            price,
            request.Capability,
            request.Model,
            sessionId,
            AuthTokens.ComputeToken(_authSecret, sessionId, authExpiration),
            authExpiration,
            issuing.Settings.Capabilities));
    }

    public Task<ReceiverSettings> GetReceiverSettings() => Task.FromResult(_issuing.Receiver);

    public Task<string?> CheckAuthToken(string? sessionId, long expiration, byte[]? token)
    {
        if (token is null)
        {
            return Task.FromResult<string?>(AuthTokens.ErrMissing);
        }
        var message = new Protocol.Rpc.AuthToken
        {
            Token = Google.Protobuf.ByteString.CopyFrom(token),
            SessionId = sessionId ?? "",
            Expiration = expiration,
        };
        return Task.FromResult(AuthTokens.Verify(_authSecret, message, clock.GetUtcNow()));
    }

    private OrchestratorSettings DefaultSettings => OrchestratorSettings.Default with
    {
        TicketEV = paymentDefaults.Value.TicketEV,
        MaxFaceValue = paymentDefaults.Value.MaxFaceValue,
    };

    private Issuing BuildIssuing(OrchestratorSettings settings, PriceBook prices)
    {
        var defaults = paymentDefaults.Value;
        var options = new PaymentOptions
        {
            TicketEV = settings.TicketEV,
            MaxFaceValue = settings.MaxFaceValue,
            RedeemGas = defaults.RedeemGas,
            TxCostMultiplier = defaults.TxCostMultiplier,
            MaxTicketEV = defaults.MaxTicketEV,
            MaxTotalEV = defaults.MaxTotalEV,
            DepositMultiplier = defaults.DepositMultiplier,
        };
        var secret = StateText.Bytes(state.State.RecipientSecret);
        return new Issuing(settings, prices, new TicketParamsIssuer(_address, secret, options), new ReceiverSettings(_address, secret, settings.TicketEV));
    }

    // Lists this orchestrator, with the prices every sender sees, in the directories of what it offers.
    private async Task ListAsync()
    {
        var issuing = _issuing;
        var settings = issuing.Settings;
        var listing = new OrchestratorListing(
            _address, settings.ServiceUri, InCluster: true, settings.Capabilities, [issuing.Prices.BasePrice, .. issuing.Prices.Entries.Where(e => e.Sender is null)]);
        foreach (var key in DirectoryKeys(settings))
        {
            await GrainFactory.GetGrain<IOrchestratorDirectoryGrain>(key).Register(listing);
        }
    }

    // Every orchestrator transcodes ("default"); each capability has its own directory.
    private static HashSet<string> DirectoryKeys(OrchestratorSettings settings) =>
        [IOrchestratorDirectoryGrain.DefaultKey, .. settings.Capabilities.Select(c => c.Capability.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Everything a quote reads, swapped as one object when settings or prices change.</summary>
    private sealed record Issuing(OrchestratorSettings Settings, PriceBook Prices, TicketParamsIssuer Issuer, ReceiverSettings Receiver);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator}: created and stored a new recipient secret")]
    private partial void LogSecretCreated(string orchestrator);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator}: {Advertised} capability entries advertised, {Total} in all")]
    private partial void LogAdvertised(string orchestrator, int advertised, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator}: base price {BasePrice} wei/unit, {Entries} other prices, auto-adjust {AutoAdjust}")]
    private partial void LogPricesSet(string orchestrator, string basePrice, int entries, bool autoAdjust);
}
