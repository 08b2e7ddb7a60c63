using System.Buffers.Binary;
using System.Globalization;

namespace Livepeer.Protocol.Video;

/// <summary>
/// The gateway's cheap look at a pushed segment before any orchestrator is paid (go-livepeer probes the codec
/// first and answers 422 when that fails): MPEG-TS packet sync and program tables (PAT → PMT stream types),
/// or the MP4 box structure down to each track's handler. Reads headers only; never decodes.
/// </summary>
public static class SegmentProbe
{
    private const int TsPacket = 188;
    private const byte TsSync = 0x47;

    /// <summary>Probes <paramref name="segment"/> as <paramref name="format"/>.</summary>
    public static SegmentProbeResult Probe(ReadOnlySpan<byte> segment, SegmentFormat format)
    {
        if (segment.IsEmpty)
        {
            return SegmentProbeResult.Invalid("the segment is empty");
        }
        return format == SegmentFormat.Mp4 ? ProbeMp4(segment) : ProbeTs(segment);
    }

    private static SegmentProbeResult ProbeTs(ReadOnlySpan<byte> data)
    {
        if (data.Length < TsPacket)
        {
            return SegmentProbeResult.Invalid(Invariant($"not an MPEG-TS segment: {data.Length} bytes is less than one 188-byte packet"));
        }
        int packets = data.Length / TsPacket;
        int pmtPid = -1;
        bool video = false, audio = false, pmtSeen = false;
        for (int i = 0; i < packets; i++)
        {
            var packet = data.Slice(i * TsPacket, TsPacket);
            if (packet[0] != TsSync)
            {
                return SegmentProbeResult.Invalid(i == 0
                    ? Invariant($"not an MPEG-TS segment: it starts with 0x{packet[0]:x2}, not the sync byte 0x47")
                    : Invariant($"not an MPEG-TS segment: packet {i} (byte {i * TsPacket}) does not start with the sync byte 0x47"));
            }
            if (pmtSeen)
            {
                // Tables found; the rest is only checked for packet sync.
                continue;
            }
            int pid = ((packet[1] & 0x1F) << 8) | packet[2];
            bool unitStart = (packet[1] & 0x40) != 0;
            if (!unitStart || (pid != 0 && pid != pmtPid) || !TryPayload(packet, out var payload) || payload.IsEmpty)
            {
                continue;
            }
            int pointer = payload[0];
            if (1 + pointer >= payload.Length)
            {
                continue;
            }
            var section = payload[(1 + pointer)..];
            if (pid == 0)
            {
                pmtPid = FirstProgramPid(section);
            }
            else if (ReadStreamTypes(section, ref video, ref audio))
            {
                pmtSeen = true;
            }
        }
        if (!pmtSeen)
        {
            return SegmentProbeResult.Invalid(pmtPid < 0
                ? "not a usable MPEG-TS segment: no program association table (PAT) was found"
                : "not a usable MPEG-TS segment: the program map table (PMT) was not found");
        }
        if (!video && !audio)
        {
            return SegmentProbeResult.Invalid("the MPEG-TS segment declares neither a video nor an audio stream");
        }
        return new SegmentProbeResult(null, video, audio);
    }

    private static bool TryPayload(ReadOnlySpan<byte> packet, out ReadOnlySpan<byte> payload)
    {
        int control = (packet[3] >> 4) & 0x3;
        payload = default;
        if (control is 0 or 2)
        {
            return false;
        }
        int offset = 4;
        if (control == 3)
        {
            offset += 1 + packet[4];
        }
        if (offset >= TsPacket)
        {
            return false;
        }
        payload = packet[offset..];
        return true;
    }

    // PAT: program entries after the 8-byte header, up to the CRC; program 0 is the network PID.
    private static int FirstProgramPid(ReadOnlySpan<byte> section)
    {
        if (section.Length < 12 || section[0] != 0x00)
        {
            return -1;
        }
        int length = ((section[1] & 0x0F) << 8) | section[2];
        int end = Math.Min(section.Length, 3 + length - 4);
        for (int at = 8; at + 4 <= end; at += 4)
        {
            int program = (section[at] << 8) | section[at + 1];
            if (program != 0)
            {
                return ((section[at + 2] & 0x1F) << 8) | section[at + 3];
            }
        }
        return -1;
    }

    // PMT: elementary streams after the 12-byte header and the program descriptors, up to the CRC.
    private static bool ReadStreamTypes(ReadOnlySpan<byte> section, ref bool video, ref bool audio)
    {
        if (section.Length < 16 || section[0] != 0x02)
        {
            return false;
        }
        int length = ((section[1] & 0x0F) << 8) | section[2];
        int end = Math.Min(section.Length, 3 + length - 4);
        int at = 12 + (((section[10] & 0x0F) << 8) | section[11]);
        while (at + 5 <= end)
        {
            byte type = section[at];
            video |= IsVideo(type);
            audio |= IsAudio(type);
            at += 5 + (((section[at + 3] & 0x0F) << 8) | section[at + 4]);
        }
        return true;
    }

    // MPEG-1/2 video, MPEG-4 part 2, H.264, MVC, HEVC, AVS, Dirac, VC-1.
    private static bool IsVideo(byte type) => type is 0x01 or 0x02 or 0x10 or 0x1B or 0x20 or 0x24 or 0x42 or 0xD1 or 0xEA;

    // MPEG-1/2 audio, AAC (ADTS, LATM), MPEG-4 audio, AC-3, E-AC-3, DTS, TrueHD.
    private static bool IsAudio(byte type) => type is 0x03 or 0x04 or 0x0F or 0x11 or 0x1C or 0x81 or 0x82 or 0x83 or 0x84 or 0x85 or 0x86 or 0x87;

    private static readonly string[] TopLevelBoxes = ["ftyp", "styp", "moov", "moof", "mdat", "free", "skip", "sidx", "wide", "uuid", "pdin", "meta", "emsg", "prft"];

    private static SegmentProbeResult ProbeMp4(ReadOnlySpan<byte> data)
    {
        bool first = true, moovSeen = false, video = false, audio = false;
        int at = 0;
        while (at + 8 <= data.Length)
        {
            if (!TryBox(data, at, out var type, out long size, out int header))
            {
                return SegmentProbeResult.Invalid(first
                    ? "not an MP4 segment: it does not start with an MP4 box"
                    : Invariant($"not a usable MP4 segment: the box at byte {at} has an invalid size"));
            }
            if (first && Array.IndexOf(TopLevelBoxes, type) < 0)
            {
                return SegmentProbeResult.Invalid($"not an MP4 segment: it starts with \"{Printable(type)}\", not an MP4 box such as ftyp or moov");
            }
            first = false;
            long end = size == 0 ? data.Length : at + size;
            if (type == "moov")
            {
                if (end > data.Length)
                {
                    return SegmentProbeResult.Invalid("not a usable MP4 segment: the moov box is truncated");
                }
                moovSeen = true;
                ReadTracks(data[(at + header)..(int)end], ref video, ref audio);
            }
            if (end > data.Length)
            {
                // A truncated media box: the headers before it are what matters here.
                break;
            }
            at = (int)end;
        }
        if (first)
        {
            return SegmentProbeResult.Invalid(Invariant($"not an MP4 segment: {data.Length} bytes is less than one box header"));
        }
        if (!moovSeen)
        {
            return SegmentProbeResult.Invalid("not a usable MP4 segment: it has no moov box (track descriptions)");
        }
        if (!video && !audio)
        {
            return SegmentProbeResult.Invalid("the MP4 segment has neither a video nor an audio track");
        }
        return new SegmentProbeResult(null, video, audio);
    }

    // moov → trak → mdia → hdlr: the handler type says what the track carries.
    private static void ReadTracks(ReadOnlySpan<byte> moov, ref bool video, ref bool audio)
    {
        foreach (var trak in Children(moov, "trak"))
        {
            foreach (var mdia in Children(moov.Slice(trak.Start, trak.Length), "mdia"))
            {
                var mdiaBody = moov.Slice(trak.Start, trak.Length).Slice(mdia.Start, mdia.Length);
                foreach (var hdlr in Children(mdiaBody, "hdlr"))
                {
                    var body = mdiaBody.Slice(hdlr.Start, hdlr.Length);
                    if (body.Length >= 12)
                    {
                        var handler = System.Text.Encoding.ASCII.GetString(body.Slice(8, 4));
                        video |= handler == "vide";
                        audio |= handler == "soun";
                    }
                }
            }
        }
    }

    private static List<(int Start, int Length)> Children(ReadOnlySpan<byte> parent, string wanted)
    {
        var found = new List<(int, int)>();
        int at = 0;
        while (at + 8 <= parent.Length && TryBox(parent, at, out var type, out long size, out int header))
        {
            long end = size == 0 ? parent.Length : at + size;
            if (end > parent.Length)
            {
                break;
            }
            if (type == wanted)
            {
                found.Add((at + header, (int)end - at - header));
            }
            at = (int)end;
        }
        return found;
    }

    private static bool TryBox(ReadOnlySpan<byte> data, int at, out string type, out long size, out int header)
    {
        size = BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
        var typeBytes = data.Slice(at + 4, 4);
        type = System.Text.Encoding.ASCII.GetString(typeBytes);
        header = 8;
        foreach (byte b in typeBytes)
        {
            if (b < 0x20 || b > 0x7E)
            {
                return false;
            }
        }
        if (size == 1)
        {
            if (at + 16 > data.Length)
            {
                return false;
            }
            size = (long)BinaryPrimitives.ReadUInt64BigEndian(data[(at + 8)..]);
            header = 16;
            return size >= 16;
        }
        return size == 0 || size >= 8;
    }

    private static string Printable(string type) => new([.. type.Select(c => c is >= ' ' and <= '~' ? c : '?')]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
