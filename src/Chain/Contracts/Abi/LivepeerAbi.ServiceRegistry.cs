using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>ServiceRegistry and AIServiceRegistry, the same ABI (chain.md §5).</summary>
public static partial class LivepeerAbi
{
    public static readonly AbiFunction GetServiceUri = AbiFunction.Parse("getServiceURI(address _addr)", "(string)");
    public static readonly AbiFunction SetServiceUri = AbiFunction.Parse("setServiceURI(string _serviceURI)");

    public static readonly AbiEvent ServiceUriUpdateEvent = AbiEvent.Parse("ServiceURIUpdate(address indexed addr, string serviceURI)");

    public static byte[] EncodeGetServiceUri(EthAddress orchestrator) => GetServiceUri.EncodeCall(orchestrator);

    /// <summary>The published URI; "" when none is set.</summary>
    public static string DecodeServiceUri(ReadOnlySpan<byte> data) => GetServiceUri.DecodeSingleOutput(data).AsString();

    public static byte[] EncodeSetServiceUri(string serviceUri)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        return SetServiceUri.EncodeCall(AbiValue.String(serviceUri));
    }

    public static ServiceUriUpdateLog DecodeServiceUriUpdate(EventLog log)
    {
        var v = ServiceUriUpdateEvent.Decode(log);
        return new ServiceUriUpdateLog(v[0].AsAddress(), v[1].AsString());
    }
}
