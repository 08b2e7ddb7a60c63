using System.Diagnostics;
using System.Text.Json;
using Livepeer.TestSupport;

namespace Livepeer.Infra.Tests.Bicep;

/// <summary>What main.bicep deploys, read from the ARM JSON it compiles to (modules included).</summary>
public sealed class MainTemplateTests(CompiledMainTemplate main) : IClassFixture<CompiledMainTemplate>
{
    [Fact]
    public async Task Deploys_the_resources_issue_8_asks_for()
    {
        var types = await ResourceTypesAsync();

        string[] expected =
        [
            "Microsoft.Storage/storageAccounts",
            "Microsoft.Storage/storageAccounts/tableServices/tables",
            "Microsoft.Storage/storageAccounts/blobServices/containers",
            "Microsoft.Compute/virtualMachineScaleSets",
            "Microsoft.Network/applicationGateways",
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            "Microsoft.Authorization/roleAssignments",
            "Microsoft.KeyVault/vaults",
            "Microsoft.KeyVault/vaults/secrets",
            "Microsoft.OperationalInsights/workspaces",
            "Microsoft.Insights/components",
        ];
        Assert.All(expected, type => Assert.Contains(type, types));
    }

    [Fact]
    public async Task The_silos_get_the_nvidia_driver_and_the_front_door_speaks_https()
    {
        var json = await BuildMainAsync();

        // Inside the scale set module's extension list, an ARM expression: 'NvidiaGpuDriverLinux' in quotes.
        Assert.Contains("'NvidiaGpuDriverLinux'", json, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.HpcCompute'", json, StringComparison.Ordinal);
        Assert.Contains("\"protocol\": \"Https\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/readyz\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operations_guide_names_every_resource_type()
    {
        var types = await ResourceTypesAsync();
        var guide = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "operations.md"));

        var missing = types.Where(t => !guide.Contains($"`{t}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, $"docs/operations.md does not list: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_install_script_is_valid_bash()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(Path.Combine(InfraFiles.BicepDirectory, "scripts", "install-node.sh"));
        using var bash = Process.Start(start)!;
        var errors = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();

        Assert.True(bash.ExitCode == 0, errors);
    }

    private Task<string> BuildMainAsync() => main.JsonAsync();

    private async Task<SortedSet<string>> ResourceTypesAsync()
    {
        using var document = JsonDocument.Parse(await BuildMainAsync());
        var types = new SortedSet<string>(StringComparer.Ordinal);
        Collect(document.RootElement, types);
        // Modules compile to nested deployments; they are bicep's plumbing, not resources of ours.
        types.Remove("Microsoft.Resources/deployments");
        return types;
    }

    private static void Collect(JsonElement element, SortedSet<string> types)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && element.TryGetProperty("apiVersion", out _))
            {
                types.Add(type.GetString()!);
            }
            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, types);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, types);
            }
        }
    }
}
