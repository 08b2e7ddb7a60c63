namespace Livepeer.Cli.Commands.Chain;

/// <summary>Exit codes of the chain commands beyond lpctl's 0/1/2: 3 when the JSON-RPC node cannot be reached.</summary>
public static class ChainExitCodes
{
    /// <summary>The chain refused (a revert) or answered something unusable.</summary>
    public const int Failed = LpctlApp.ExitCheckFailed;

    public const int BadOptions = LpctlApp.ExitBadInput;

    /// <summary>The JSON-RPC endpoint did not answer; trying again later may work.</summary>
    public const int Unreachable = 3;
}
