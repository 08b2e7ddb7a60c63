using Livepeer.Gateway.Api.Video;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed class VideoOptionsValidator : IValidateOptions<VideoOptions>
{
    public ValidateOptionsResult Validate(string? name, VideoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxSegmentBytes is < 1 or > VideoOptions.MaxAllowedSegmentBytes)
        {
            failures.Add($"{VideoOptions.SectionName}:MaxSegmentBytes must be between 1 and {VideoOptions.MaxAllowedSegmentBytes} (was {options.MaxSegmentBytes}).");
        }
        try
        {
            DefaultRenditions.Load(options.TranscodingOptions ?? "");
        }
        catch (VideoConfigException e)
        {
            failures.Add($"{VideoOptions.SectionName}:TranscodingOptions: {e.Message}");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
