using Livepeer.Gateway.Api.Options;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Video;

/// <summary>The renditions of streams that name none, read once from <see cref="VideoOptions.TranscodingOptions"/>.</summary>
public sealed class DefaultRenditions(IOptions<VideoOptions> options)
{
    private readonly Lazy<IReadOnlyList<RenditionProfile>> _profiles = new(() => Load(options.Value.TranscodingOptions ?? ""));

    public IReadOnlyList<RenditionProfile> Profiles => _profiles.Value;

    /// <summary>A preset list, or a JSON profile file when the text ends in ".json"; checked against what the transcoders support.</summary>
    public static IReadOnlyList<RenditionProfile> Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<RenditionProfile> profiles;
        if (text.Trim().EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var path = text.Trim();
            string json;
            try
            {
                json = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new VideoConfigException($"the profile file \"{path}\" cannot be read: {e.Message}", e);
            }
            profiles = JsonProfiles.Parse(json);
        }
        else
        {
            profiles = VideoPresets.ParseList(text);
        }
        JsonProfiles.CheckUniqueNames(profiles);
        if (RenditionSupport.Problem(profiles) is { } problem)
        {
            throw new VideoConfigException(problem);
        }
        return profiles;
    }
}
