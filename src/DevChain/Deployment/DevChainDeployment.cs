using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Crypto;

namespace Livepeer.DevChain.Deployment;

/// <summary>What a deployment produced: where each double lives and the accounts it set up.</summary>
public sealed record DevChainDeployment(
    long ChainId,
    EthAddress Controller,
    EthAddress RoundsManager,
    EthAddress BondingManager,
    EthAddress TicketBroker,
    EthAddress ServiceRegistry,
    EthAddress AIServiceRegistry,
    EthAddress Deployer,
    EthAddress Gateway,
    EthAddress Orchestrator,
    long CurrentRound,
    long RoundLength,
    BigInteger Deposit,
    BigInteger Reserve,
    BigInteger Stake,
    string ServiceUri)
{
    /// <summary>
    /// {"chainId","controller","contracts":{name: address},"deployer","gateway","orchestrator","currentRound",
    /// "roundLength","deposit","reserve","stake","serviceUri"}; addresses in EIP-55, wei as decimal strings.
    /// </summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("chainId", ChainId);
            json.WriteString("controller", Controller.ToString());
            json.WriteStartObject("contracts");
            json.WriteString("Controller", Controller.ToString());
            json.WriteString("RoundsManager", RoundsManager.ToString());
            json.WriteString("BondingManager", BondingManager.ToString());
            json.WriteString("TicketBroker", TicketBroker.ToString());
            json.WriteString("ServiceRegistry", ServiceRegistry.ToString());
            json.WriteString("AIServiceRegistry", AIServiceRegistry.ToString());
            json.WriteEndObject();
            json.WriteString("deployer", Deployer.ToString());
            json.WriteString("gateway", Gateway.ToString());
            json.WriteString("orchestrator", Orchestrator.ToString());
            json.WriteNumber("currentRound", CurrentRound);
            json.WriteNumber("roundLength", RoundLength);
            json.WriteString("deposit", Deposit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("reserve", Reserve.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("stake", Stake.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("serviceUri", ServiceUri);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
