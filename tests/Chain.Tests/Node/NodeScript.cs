using Livepeer.TestSupport.Node;

namespace Livepeer.Chain.Tests.Node;

/// <summary>Runs one of the scripts beside this file with Node.js and ethers (tools/node).</summary>
internal static class NodeScript
{
    public static string Run(string scriptName, string stdin) =>
        NodeScripts.Run(Path.Combine("tests", "Chain.Tests", "Node", scriptName), stdin);
}
