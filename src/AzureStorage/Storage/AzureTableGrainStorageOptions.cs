using Livepeer.AzureStorage.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Serialization;
using Orleans.Storage;

namespace Livepeer.AzureStorage.Storage;

/// <summary>Settings for one <see cref="AzureTableGrainStorage"/> provider.</summary>
public sealed class AzureTableGrainStorageOptions() : AzureTableOptions(DefaultTableName), IStorageProviderSerializerOptions
{
    /// <summary>Table used when none is configured.</summary>
    public const string DefaultTableName = "LivepeerGrainState";

    /// <summary>Bytes per binary column: the Table service's property size limit.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Most binary columns per entity. Azure allows 1 MiB per entity but Azurite measured ~12 × 64 KiB (it counts the
    /// base64 form), so 11 keeps one code path valid on both.
    /// </summary>
    public const int MaxChunks = 11;

    /// <summary>Largest serialized state accepted, in bytes.</summary>
    public const int MaxStateSize = ChunkSize * MaxChunks;

    /// <summary>
    /// When true, clearing deletes the row (etag becomes null); when false (default) it keeps an empty row with a new
    /// etag, so a stale activation cannot later re-insert over a cleared state.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>Silo lifecycle stage at which the table is created.</summary>
    public int InitStage { get; set; } = ServiceLifecycleStage.ApplicationServices;

    /// <summary>
    /// Serializer for state payloads. When null, the registration uses an <see cref="IGrainStorageSerializer"/>
    /// registered under the provider's name, else <see cref="CreateDefaultSerializer"/>.
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;

    /// <summary>
    /// System.Text.Json: payloads carry no .NET type names (unlike the Newtonsoft serializer Orleans uses by default,
    /// whose <c>$type</c> metadata breaks on renames and widens the deserialization attack surface), stay readable in
    /// table explorers, and need no extra package. State types must be plain records/classes with public properties.
    /// </summary>
    public static IGrainStorageSerializer CreateDefaultSerializer() =>
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    /// <inheritdoc />
    protected override void ValidateMore(List<string> problems)
    {
        if (InitStage >= ServiceLifecycleStage.BecomeActive)
        {
            problems.Add($"{nameof(InitStage)} {InitStage} must be earlier than BecomeActive ({ServiceLifecycleStage.BecomeActive}) so the table exists before the silo takes grain calls");
        }
    }
}
