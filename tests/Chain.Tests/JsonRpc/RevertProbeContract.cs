using System.Text.Json;
using Livepeer.Chain.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Tests.Node;
using Livepeer.TestSupport;

namespace Livepeer.Chain.Tests.JsonRpc;

/// <summary>
/// Contracts/RevertProbe.sol, compiled at test time with solc-js from tools/node (standard JSON,
/// evmVersion paris, optimizer on) through Node/solc-compile.cjs: one function per revert shape and
/// a state-changing bump(bool) that logs and can fail after running.
/// </summary>
internal static class RevertProbeContract
{
    private static readonly Lazy<byte[]> CreationCode = new(Compile);

    public static readonly AbiFunction Nope = AbiFunction.Parse("nope()");
    public static readonly AbiFunction Divide = AbiFunction.Parse("divide(uint256 a, uint256 b)", "(uint256)");
    public static readonly AbiFunction Bare = AbiFunction.Parse("bare()");
    public static readonly AbiFunction Bump = AbiFunction.Parse("bump(bool fail)");
    public static readonly AbiFunction Counter = AbiFunction.Parse("counter()", "(uint256)");
    public static readonly AbiEvent Bumped = AbiEvent.Parse("Bumped(address indexed by, uint256 value)");

    public static byte[] Bytecode => CreationCode.Value;

    private static byte[] Compile()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "Chain.Tests", "JsonRpc", "Contracts", "RevertProbe.sol");
        var output = JsonDocument.Parse(NodeScript.Run("solc-compile.cjs", JsonSerializer.Serialize(new { path = source, contract = "RevertProbe" }))).RootElement;
        var names = output.GetProperty("abi").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToHashSet();
        foreach (var expected in new[] { "nope", "divide", "bare", "bump", "counter", "Bumped" })
        {
            Assert.True(names.Contains(expected), $"RevertProbe.sol no longer has {expected}; update RevertProbeContract");
        }
        return RpcHex.ParseData(output.GetProperty("bytecode").GetString(), "bytecode");
    }
}
