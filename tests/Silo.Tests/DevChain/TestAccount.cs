using System.Security.Cryptography;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Silo.Tests.DevChain;

/// <summary>A fresh key with its hex form, which a node takes as Chain:OrchestratorKey:PrivateKey or Chain:GatewayKey:PrivateKey.</summary>
public sealed record TestAccount(string PrivateKeyHex, EthKey Key)
{
    public EthAddress Address => Key.Address;

    public static TestAccount New()
    {
        while (true)
        {
            var hex = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            try
            {
                return new TestAccount(hex, EthKey.FromHex(hex));
            }
            catch (ArgumentException)
            {
                // Zero or not below the group order: astronomically rare; draw again.
            }
        }
    }
}
