using System.Collections.Concurrent;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Tests.Video;

/// <summary>How each test orchestrator behaves (honest unless set), and the other video dishonest ones send.</summary>
public sealed class TestOrchestrators
{
    private readonly ConcurrentDictionary<EthAddress, OrchestratorBehaviour> _behaviour = new();

    public byte[] OtherVideo { get; set; } = [];

    public OrchestratorBehaviour this[EthAddress orchestrator]
    {
        get => _behaviour.GetValueOrDefault(orchestrator, OrchestratorBehaviour.Honest);
        set => _behaviour[orchestrator] = value;
    }
}
