using System.Globalization;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// What a job asks for: a capability and a model id. An empty model id means "the whole pipeline"
/// (go-livepeer's "default" entry); transcoding is <see cref="Transcoding"/>.
/// </summary>
public readonly record struct CapabilityModel
{
    private readonly string? _modelId;

    public CapabilityModel(int capabilityId, string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        if (capabilityId < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capabilityId), capabilityId,
                string.Create(CultureInfo.InvariantCulture, $"a job's capability must be 0 or more, got {capabilityId}"));
        }
        CapabilityId = capabilityId;
        _modelId = modelId;
    }

    /// <summary>A transcoding job (capability 0, no model).</summary>
    public static CapabilityModel Transcoding { get; } = new(Capability.Transcoding, "");

    /// <summary>The job of an AI pipeline name ("text-to-image") and model id; throws for an unknown pipeline.</summary>
    public static CapabilityModel ForPipeline(string pipeline, string modelId) => new(Capability.FromPipeline(pipeline), modelId);

    public int CapabilityId { get; }

    public string ModelId => _modelId ?? "";

    /// <summary>True for the pipeline-wide entry (empty model id).</summary>
    public bool IsPipelineDefault => ModelId.Length == 0;

    /// <summary>The same capability with an empty model id.</summary>
    public CapabilityModel PipelineDefault => new(CapabilityId, "");

    public JobKind Kind => Capability.KindOf(CapabilityId);

    public bool Equals(CapabilityModel other) => CapabilityId == other.CapabilityId && string.Equals(ModelId, other.ModelId, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(CapabilityId, StringComparer.Ordinal.GetHashCode(ModelId));

    /// <summary>"transcoding", "text-to-image" or "text-to-image/stabilityai/sd-turbo".</summary>
    public override string ToString() => IsPipelineDefault ? Capability.Name(CapabilityId) : $"{Capability.Name(CapabilityId)}/{ModelId}";
}
