using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// The duration of uploaded audio, which prices audio-to-text (whole seconds × 1000, gateway-api.md §3.5).
/// Read from a WAV (RIFF/WAVE) header: the data chunk's size over the format's byte rate. go-livepeer asks
/// ffprobe instead and so takes any container; this gateway prices WAV only and says so.
/// </summary>
public sealed record AudioInfo(string Format, string ContentType, double DurationSeconds)
{
    public static bool TryRead(ReadOnlySpan<byte> data, [NotNullWhen(true)] out AudioInfo? audio, [NotNullWhen(false)] out string? error)
    {
        audio = null;
        if (data.Length < 12 || !data.StartsWith("RIFF"u8) || !data[8..12].SequenceEqual("WAVE"u8))
        {
            error = "the audio is not a WAV (RIFF/WAVE) file; this gateway prices audio-to-text by a WAV header's duration";
            return false;
        }
        uint byteRate = 0;
        long? dataBytes = null;
        int i = 12;
        while (i + 8 <= data.Length)
        {
            var id = data.Slice(i, 4);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]);
            if (id.SequenceEqual("fmt "u8) && size >= 16 && i + 8 + 16 <= data.Length)
            {
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 16)..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                // A streamed WAV may leave the size at 0 or 0xFFFFFFFF: count what is there.
                long present = data.Length - (i + 8);
                dataBytes = size is 0 or uint.MaxValue ? present : Math.Min(size, present);
                break;
            }
            i += 8 + (int)Math.Min(size + (size & 1), int.MaxValue - i - 8);
        }
        if (byteRate == 0)
        {
            error = "the WAV file has no usable fmt chunk (byte rate unknown)";
            return false;
        }
        if (dataBytes is not { } bytes)
        {
            error = "the WAV file has no data chunk";
            return false;
        }
        audio = new AudioInfo("WAV", "audio/wav", (double)bytes / byteRate);
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format} {DurationSeconds:0.###} s");
}
