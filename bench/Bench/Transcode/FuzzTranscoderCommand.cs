using System.Diagnostics;
using System.Globalization;
using Livepeer.Media;
using Livepeer.Media.Transcoding;

namespace Livepeer.Bench.Transcode;

/// <summary>
/// `fuzz-transcoder &lt;seed-dir&gt; [seconds] [random-seed]`: mutates the seed segments (bit flips, byte runs,
/// cuts, splices, duplicated and dropped 188-byte packets) and feeds them to the managed transcoder and
/// inspector for a bounded time. Every call must succeed or throw <see cref="MediaInputException"/>;
/// anything else is a finding (exit 1), and a crash ends the process (the caller sees its exit code).
/// </summary>
public static class FuzzTranscoderCommand
{
    private static readonly IReadOnlyList<TranscodeProfile> Tiny =
        [new("tiny", 64, 36, 100_000, 15, 1, H264Profile.None, null), new("intra", 48, 48, 100_000, 0, 1, H264Profile.Baseline, 0)];

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seconds = 60;
        var seed = Environment.TickCount;
        if (args.Length is < 1 or > 3 || !Directory.Exists(args[0])
            || (args.Length > 1 && !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out seconds))
            || (args.Length > 2 && !int.TryParse(args[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed)))
        {
            Console.Error.WriteLine("usage: fuzz-transcoder <seed-dir> [seconds, default 60] [random seed]");
            return 2;
        }
        var seeds = Directory.GetFiles(args[0]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Where(b => b.Length > 0).ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"no seed files in {args[0]}");
            return 2;
        }
        var options = new NativeTranscoderOptions { Nvenc = NvencMode.Off, X264Preset = "ultrafast", EncoderThreads = 1, DecoderThreads = 1 };
        using var transcoder = new NativeTranscoder(options);
        using var inspector = new NativeSegmentInspector(options);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        long runs = 0, succeeded = 0, rejected = 0;
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        Console.WriteLine(FormattableString.Invariant($"fuzzing for {seconds} s with random seed {seed} over {seeds.Count} seeds"));
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var input = Mutate(random, seeds);
            var container = random.Next(2) == 0 ? SegmentContainer.MpegTs : SegmentContainer.Mp4;
            try
            {
                if (random.Next(3) == 0)
                {
                    inspector.InspectAsync(input, container).GetAwaiter().GetResult();
                }
                else
                {
                    transcoder.TranscodeAsync(new TranscodeRequest(input, container, Tiny)).GetAwaiter().GetResult();
                }
                succeeded++;
            }
            catch (MediaInputException e)
            {
                rejected++;
                var reason = e.Message.Split(':')[0];
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
            catch (Exception e)
            {
                var path = Path.Combine(Path.GetTempPath(), $"lpm-fuzz-finding-{seed}-{runs}.bin");
                File.WriteAllBytes(path, input);
                Console.Error.WriteLine($"finding after {runs} runs ({path}, {container}): {e}");
                return 1;
            }
            runs++;
        }
        Console.WriteLine(FormattableString.Invariant($"{runs} inputs in {clock.Elapsed.TotalSeconds:F0} s: {succeeded} transcoded or inspected, {rejected} rejected as bad input, 0 other failures"));
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value))
        {
            Console.WriteLine(FormattableString.Invariant($"  {count,6}  {reason}"));
        }
        return 0;
    }

    private static byte[] Mutate(Random random, List<byte[]> seeds)
    {
        var data = seeds[random.Next(seeds.Count)].ToArray();
        var rounds = 1 + random.Next(4);
        for (var r = 0; r < rounds && data.Length > 0; r++)
        {
            switch (random.Next(7))
            {
                case 0: // bit flips
                    for (var i = random.Next(1, 32); i > 0; i--)
                    {
                        data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                    }
                    break;
                case 1: // a run of random bytes
                {
                    var at = random.Next(data.Length);
                    random.NextBytes(data.AsSpan(at, Math.Min(data.Length - at, random.Next(1, 512))));
                    break;
                }
                case 2: // cut
                    data = data[..random.Next(data.Length)];
                    break;
                case 3: // splice two seeds
                {
                    var other = seeds[random.Next(seeds.Count)];
                    var at = random.Next(data.Length);
                    data = [.. data.AsSpan(0, at), .. other.AsSpan(random.Next(other.Length))];
                    break;
                }
                case 4: // drop a 188-byte packet
                {
                    var packets = data.Length / 188;
                    if (packets > 1)
                    {
                        var p = random.Next(packets);
                        data = [.. data.AsSpan(0, p * 188), .. data.AsSpan((p + 1) * 188)];
                    }
                    break;
                }
                case 5: // duplicate a 188-byte packet
                {
                    var packets = data.Length / 188;
                    if (packets > 0)
                    {
                        var p = random.Next(packets);
                        data = [.. data.AsSpan(0, (p + 1) * 188), .. data.AsSpan(p * 188, 188), .. data.AsSpan((p + 1) * 188)];
                    }
                    break;
                }
                default: // interesting integers in place (sizes, counts, lengths)
                {
                    ReadOnlySpan<uint> interesting = [0, 1, 0x7f, 0xff, 0xffff, 0x7fffffff, 0xffffffff, 0x80000000, 0x10000];
                    var at = random.Next(Math.Max(1, data.Length - 4));
                    if (at + 4 <= data.Length)
                    {
                        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(at), interesting[random.Next(interesting.Length)]);
                    }
                    break;
                }
            }
        }
        return data;
    }
}
