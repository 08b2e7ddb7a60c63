using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Hosting;
using Livepeer.Media.Inference;
using Livepeer.Media.Inference.Onnx;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Selection;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>
/// A whole AI node in this process: Azurite (blobs for results, a table for API keys), one GPU silo running the
/// real ONNX engine (PaddleOCR from tools/node for image-to-text, the generated 2x resize for upscale) as its
/// node orchestrator, paying through an in-memory chain with a funded gateway key, and two gateway APIs:
/// <see cref="Open"/> (no API keys) and <see cref="Keyed"/> (<c>ApiKeys:Required</c>). Nothing offers text-to-image.
/// </summary>
public sealed class AiNode : IAsyncLifetime
{
    /// <summary>Wei per pixel the orchestrator asks for image-to-text: with the default ticket EV, a ticket every few requests.</summary>
    public const long ImageToTextPrice = 100_000;

    public const long UpscalePrice = 3;

    public static readonly BigInteger Funds = BigInteger.Pow(10, 20);

    private AzuriteServer? _azurite;

    public InMemoryChain Chain { get; } = new(roundLength: 100_000, startBlock: 5_000_000);

    public EthKey GatewayKey { get; } = EthKey.Generate();

    public EthAddress Orchestrator { get; } = new(RandomNumberGenerator.GetBytes(EthAddress.Length));

    public string KeyTable { get; } = UniqueNames.Table("apikeys");

    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Open { get; private set; } = null!;

    public InProcessGatewayApi Keyed { get; private set; } = null!;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteServices.All);
        Chain.RegisterTranscoder(Orchestrator, stake: 1_000);
        Chain.FundDepositAndReserve(GatewayKey.Address, Funds, Funds);
        var ocr = StandardModels.PaddleOcrDirectory(RepoPaths.Root);
        Silo = await InProcessSilo.StartAsync(Orchestrator, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Silo:Gpu"] = "true",
            ["Inference:UseCuda"] = "false",
            ["Inference:Models:0:Pipeline"] = PipelineNames.ImageToText,
            ["Inference:Models:0:ModelId"] = StandardModels.PaddleOcrModelId,
            ["Inference:Models:0:Kind"] = ModelKinds.PaddleOcr,
            ["Inference:Models:0:Default"] = "true",
            ["Inference:Models:0:Files:Detection"] = Path.Combine(ocr, StandardModels.DetectionFileName),
            ["Inference:Models:0:Files:Recognition"] = Path.Combine(ocr, StandardModels.RecognitionFileName),
            ["Inference:Models:0:Files:Keys"] = Path.Combine(ocr, StandardModels.KeysFileName),
            ["Inference:Models:1:Pipeline"] = PipelineNames.Upscale,
            ["Inference:Models:1:ModelId"] = StandardModels.Resize2xModelId,
            ["Inference:Models:1:Kind"] = ModelKinds.ImageNchw,
            ["Inference:Models:1:Builtin"] = GeneratedModels.Resize2x,
            ["Livepeer:Ai:DirectoryCacheTime"] = "00:00:00",
        }, services =>
        {
            // Paid mode: tickets against an in-memory chain instead of the offchain node's none.
            services.AddSingleton<ILivepeerChain>(Chain);
            services.AddGatewaySigner(_ => GatewayKey);
        });
        var orchestrator = Silo.Grains.GetGrain<IOrchestratorGrain>(Orchestrator.ToLowerHex());
        Assert.Empty(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, 1, 1), AutoAdjust: false,
        [
            new PriceEntry(null, Capability.ImageToText, null, ImageToTextPrice, 1),
            new PriceEntry(null, Capability.Upscale, null, UpscalePrice, 1),
        ])));
        Open = await InProcessGatewayApi.StartAsync(Silo, GatewaySettings(required: false));
        Keyed = await InProcessGatewayApi.StartAsync(Silo, GatewaySettings(required: true));
    }

    public async Task DisposeAsync()
    {
        if (Keyed is not null)
        {
            await Keyed.DisposeAsync();
        }
        if (Open is not null)
        {
            await Open.DisposeAsync();
        }
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private Dictionary<string, string?> GatewaySettings(bool required) => new()
    {
        ["Storage:ConnectionString"] = Azurite.ConnectionString,
        ["ApiKeys:Table"] = KeyTable,
        ["ApiKeys:Required"] = required.ToString(CultureInfo.InvariantCulture),
    };
}
