using Livepeer.Protocol.Crypto;

namespace Livepeer.DevChain.Accounts;

/// <summary>
/// The first accounts of ganache's --wallet.deterministic wallet: the public test mnemonic "myth like bonus
/// scare over problem client lizard pioneer submit female collect" at m/44'/60'/0'/0/i, each funded with
/// 1000 ETH. Public test keys: never use them for real funds. (Derived with ethers' HDNodeWallet and checked
/// against ganache 7's account list; #0 is also chain.md §2.9's sender key.)
/// </summary>
public static class DevChainAccounts
{
    private static readonly string[] Keys =
    [
        "4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d", // 0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1
        "6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1", // 0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0
        "6370fd033278c143179d81c5526140625662b8daa446c22ee2d73db3707e620c", // 0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b
        "646f1ce2fdad0e6deeeb5c7e8e5543bdde65e86029e2fd9fc169899c440a7913", // 0xE11BA2b4D45Eaed5996Cd0823791E0C93114882d
    ];

    /// <summary>How many of the deterministic keys are listed here.</summary>
    public static int Count => Keys.Length;

    /// <summary>Account #0: deploys and owns the doubles.</summary>
    public static string DeployerKeyHex => KeyHex(0);

    /// <summary>Account #1: the gateway (ticket sender) that funds deposit and reserve.</summary>
    public static string GatewayKeyHex => KeyHex(1);

    /// <summary>Account #2: the orchestrator (ticket recipient) registered in the BondingManager double.</summary>
    public static string OrchestratorKeyHex => KeyHex(2);

    /// <summary>The private key of account #<paramref name="index"/> as 0x-prefixed hex.</summary>
    public static string KeyHex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Keys.Length);
        return "0x" + Keys[index];
    }

    public static EthKey Key(int index) => EthKey.FromHex(KeyHex(index));
}
