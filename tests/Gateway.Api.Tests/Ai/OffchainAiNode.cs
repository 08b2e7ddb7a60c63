using System.Security.Cryptography;
using Livepeer.Media.Inference;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>An offchain node (no chain, no tickets) whose GPU silo serves image-to-text, and its gateway API.</summary>
public sealed class OffchainAiNode : IAsyncLifetime
{
    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var ocr = StandardModels.PaddleOcrDirectory(RepoPaths.Root);
        Silo = await InProcessSilo.StartAsync(new EthAddress(RandomNumberGenerator.GetBytes(EthAddress.Length)), new Dictionary<string, string?>
        {
            ["Silo:Gpu"] = "true",
            ["Inference:UseCuda"] = "false",
            ["Inference:Models:0:Pipeline"] = PipelineNames.ImageToText,
            ["Inference:Models:0:ModelId"] = StandardModels.PaddleOcrModelId,
            ["Inference:Models:0:Kind"] = ModelKinds.PaddleOcr,
            ["Inference:Models:0:Files:Detection"] = Path.Combine(ocr, StandardModels.DetectionFileName),
            ["Inference:Models:0:Files:Recognition"] = Path.Combine(ocr, StandardModels.RecognitionFileName),
            ["Inference:Models:0:Files:Keys"] = Path.Combine(ocr, StandardModels.KeysFileName),
        });
        Gateway = await InProcessGatewayApi.StartAsync(Silo);
    }

    public async Task DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
    }
}
