using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Livepeer.Wire.Tests.Infrastructure;

namespace Livepeer.Wire.Tests;

// Issue 7, done-when 3: fuzzed Livepeer-Payment / Livepeer-Segment headers (random, truncated, wrong types, flipped
// bits, broken fields) get a 4xx with the spec's messages (pm-protocol.md §9.3), never a 500 or a crash.
[Collection(WireCollection.Name)]
public sealed class HeaderFuzzTests(WireNode node)
{
    private const int CasesPerKind = 300;

    private static readonly string[] ForbiddenTexts =
    [
        SegDataWire.ErrSegEncoding, SegDataWire.ErrSegSig, CapabilityCompatibility.ErrIncompatible,
        SegmentMetadata.ErrFormat, SegmentMetadata.ErrProfile, SegmentMetadata.ErrEncoder, SegmentMetadata.ErrDuration,
        "missing auth token", "invalid auth token", "expired auth token", "OrchestratorCapped", "Forbidden",
    ];

    [Fact]
    public async Task Fuzzed_headers_get_4xx_with_the_spec_messages_and_never_a_500()
    {
        using var client = new WireClient(node.WireUrl);
        var sender = EthKey.Generate();
        var info = await client.GetOrchestratorAsync(node.GatewayKey);
        // The segment header describes other bytes than the body, so a request whose headers pass every check
        // still ends at the body's hash (403 "Forbidden") and never transcodes.
        var body = "not the segment the headers describe"u8.ToArray();
        var segData = PaidSegment.SegData(node.GatewayKey, info, "fuzz", 1, "the described segment"u8.ToArray(), PaidSegment.Profile144);
        var goodSegment = SegDataWire.ToHeader(segData);
        var goodPayment = PaymentWire.ToHeader(PaidSegment.Payment(node.GatewayKey, info, tickets: 1, firstNonce: 1_000_000));
        var kinds = new (string Name, Func<Random, (string? Payment, string? Segment)> Make)[]
        {
            ("random text payment", r => (RandomText(r), goodSegment)),
            ("random bytes payment", r => (Convert.ToBase64String(RandomBytes(r)), goodSegment)),
            ("truncated payment", r => (Truncate(r, goodPayment), goodSegment)),
            ("bit-flipped payment", r => (Flip(r, goodPayment), goodSegment)),
            ("segment as payment", r => (SegDataWire.ToHeader(RandomSegData(r, info)), goodSegment)),
            ("random text segment", r => (goodPayment, RandomText(r))),
            ("random bytes segment", r => (goodPayment, Convert.ToBase64String(RandomBytes(r)))),
            ("truncated segment", r => (goodPayment, Truncate(r, goodSegment))),
            ("bit-flipped segment", r => (goodPayment, Flip(r, goodSegment))),
            ("payment as segment", r => (goodPayment, PaymentWire.ToHeader(RandomPayment(r, sender)))),
            ("broken SegData fields", r => (goodPayment, SegDataWire.ToHeader(BrokenSegData(r, info, node.GatewayKey)))),
            ("broken Payment fields", r => (PaymentWire.ToHeader(RandomPayment(r, node.GatewayKey)), goodSegment)),
            ("missing headers", r => (r.Next(2) == 0 ? null : goodPayment, r.Next(2) == 0 ? null : goodSegment)),
        };

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        int cases = 0;
        foreach (var (name, make) in kinds)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, CasesPerKind), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var random = new Random(HashCode.Combine(name, i));
                var (payment, segment) = make(random);
                var route = i % 5 == 0 ? "/payment" : "/segment";
                var (status, response) = await client.PostAsync(route, payment, segment, body);
                Interlocked.Increment(ref cases);
                statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
                if (Problem(route, status, response) is { } problem)
                {
                    failures.Enqueue($"{name} #{i} {route}: {problem} (payment '{Cut(payment)}', segment '{Cut(segment)}')");
                }
            });
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases} cases failed, e.g.:\n{string.Join("\n", failures.Take(10))}");
        Assert.Equal(kinds.Length * CasesPerKind, cases);
        Assert.Contains(402, statuses.Keys);
        Assert.Contains(403, statuses.Keys);
        // The node still answers after all of it.
        Assert.Equal(info.TicketParams.Recipient, (await client.GetOrchestratorAsync(node.GatewayKey)).TicketParams.Recipient);
    }

    /// <summary>
    /// Why a response is wrong for a fuzzed request, or null: 402, 403 and 400 with go-livepeer's texts and layout only;
    /// on /payment also a 200 PaymentResult, since a payment without tickets is accepted there (pm-protocol.md §3.6 step 2).
    /// </summary>
    private static string? Problem(string route, HttpStatusCode status, byte[] body)
    {
        if (route == "/payment" && status == HttpStatusCode.OK)
        {
            try
            {
                return PaymentResult.Parser.ParseFrom(body).Info is null ? "200 PaymentResult without OrchestratorInfo" : null;
            }
            catch (InvalidProtocolBufferException e)
            {
                return $"200 without a PaymentResult: {e.Message}";
            }
        }
        var text = Encoding.UTF8.GetString(body);
        if (!text.EndsWith('\n'))
        {
            return $"{(int)status} body is not a go http.Error text: '{text}'";
        }
        var message = text[..^1];
        switch (status)
        {
            case HttpStatusCode.PaymentRequired:
                return message.StartsWith("base64 decode error: ", StringComparison.Ordinal) || message.StartsWith("protobuf unmarshal error: ", StringComparison.Ordinal)
                    ? null : $"402 with '{message}'";
            case HttpStatusCode.Forbidden:
                return ForbiddenTexts.Contains(message) || message.StartsWith("protobuf unmarshal error: ", StringComparison.Ordinal)
                    ? null : $"403 with '{message}'";
            case HttpStatusCode.BadRequest:
                // Payment refusals carry the ticket receiver's text (§3.5, §3.6), never a server error.
                return message.Length > 0 && !message.Contains("Internal Server Error", StringComparison.Ordinal) ? null : $"400 with '{message}'";
            default:
                return string.Create(CultureInfo.InvariantCulture, $"status {(int)status} with '{message}'");
        }
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ .!~";
        var chars = new char[random.Next(0, 200)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }
        return new string(chars);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Truncate(Random random, string header) => header[..random.Next(0, header.Length)];

    private static string Flip(Random random, string header)
    {
        var bytes = Convert.FromBase64String(header);
        for (int flips = random.Next(1, 4); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }
        return Convert.ToBase64String(bytes);
    }

    private static ByteString Bytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(0, maxLength + 1)];
        random.NextBytes(bytes);
        return ByteString.CopyFrom(bytes);
    }

    private static SegData RandomSegData(Random random, OrchestratorInfo info) => new()
    {
        ManifestId = Bytes(random, 40),
        Seq = random.NextInt64(long.MinValue, long.MaxValue),
        Hash = Bytes(random, 40),
        Sig = Bytes(random, 70),
        Duration = random.Next(int.MinValue, int.MaxValue),
        AuthToken = random.Next(2) == 0 ? null : info.AuthToken,
    };

    private static Payment RandomPayment(Random random, EthKey sender)
    {
        var payment = new Payment
        {
            Sender = random.Next(3) == 0 ? Bytes(random, 24) : ByteString.CopyFrom(sender.Address.ToBytes()),
            ExpectedPrice = random.Next(3) == 0 ? null : new PriceInfo { PricePerUnit = random.Next(-5, 5), PixelsPerUnit = random.Next(-2, 3) },
        };
        if (random.Next(3) > 0)
        {
            payment.TicketParams = new TicketParams
            {
                Recipient = Bytes(random, 24), FaceValue = Bytes(random, 36), WinProb = Bytes(random, 36),
                RecipientRandHash = Bytes(random, 36), Seed = Bytes(random, 36), ExpirationBlock = Bytes(random, 36),
            };
            payment.ExpirationParams = random.Next(3) == 0 ? null : new TicketExpirationParams { CreationRound = random.Next(), CreationRoundBlockHash = Bytes(random, 36) };
            for (int t = random.Next(0, 4); t > 0; t--)
            {
                payment.TicketSenderParams.Add(new TicketSenderParams { SenderNonce = (uint)random.Next(), Sig = Bytes(random, 70) });
            }
        }
        return payment;
    }

    // A signed SegData with one field broken: bad profile enums, a bad duration, other capabilities, another token.
    private static SegData BrokenSegData(Random random, OrchestratorInfo info, EthKey sender)
    {
        var profile = PaidSegment.Profile144.Clone();
        var segData = PaidSegment.SegData(sender, info, "fuzz-fields", random.Next(), "x"u8.ToArray(), profile);
        switch (random.Next(6))
        {
            case 0: segData.FullProfiles[0].Format = (VideoProfile.Types.Format)random.Next(2, 100); break;
            case 1: segData.FullProfiles[0].Profile = (VideoProfile.Types.Profile)random.Next(5, 100); break;
            case 2: segData.FullProfiles[0].Encoder = (VideoProfile.Types.VideoCodec)random.Next(4, 100); break;
            case 3: segData.Duration = random.Next(2) == 0 ? -random.Next(1, int.MaxValue) : random.Next(300_001, int.MaxValue); break;
            case 4:
                segData.Capabilities = new Capabilities();
                segData.Capabilities.Bitstring.Add((ulong)random.NextInt64());
                segData.Capabilities.Bitstring.Add((ulong)random.NextInt64());
                break;
            default:
                segData.AuthToken = new AuthToken { Token = Bytes(random, 32), SessionId = info.AuthToken.SessionId, Expiration = random.NextInt64() };
                Protocol.Segments.SegmentSignature.Sign(sender, segData);
                break;
        }
        return segData;
    }

    private static string Cut(string? text) => text is null ? "(none)" : text.Length > 60 ? text[..60] + "…" : text;
}
