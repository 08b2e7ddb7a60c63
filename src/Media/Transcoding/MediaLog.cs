using Microsoft.Extensions.Logging;

namespace Livepeer.Media.Transcoding;

internal static partial class MediaLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Transcoder: encoding with {Encoder} ({Reason})")]
    public static partial void EncoderChosen(ILogger logger, string encoder, string reason);
}
