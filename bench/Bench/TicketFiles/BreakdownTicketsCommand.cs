using System.Globalization;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.TicketFiles;

/// <summary>
/// `breakdown-tickets &lt;file&gt; [rounds]`: where the time of our full receive check goes, over the
/// tickets of a tickets.bin. Each round runs every part once over all tickets, one after the other,
/// timed by this process's CPU time; the minimum and median over rounds are printed. Interleaving
/// the parts within each round keeps them comparable on a machine whose speed drifts (shared host).
/// </summary>
public static class BreakdownTicketsCommand
{
    private static readonly int[] PaymentSizes = [1, 10, 600];

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int rounds = 7;
        if (args.Length is < 1 or > 2 || (args.Length == 2 && (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds <= 0)))
        {
            Console.Error.WriteLine("usage: breakdown-tickets <file> [rounds (positive, default 7)]");
            return 2;
        }
        TicketFileContents contents;
        List<IReadOnlyList<FilePayment>> paymentsBySize;
        try
        {
            contents = TicketFile.Read(args[0]);
            paymentsBySize = [.. PaymentSizes.Select(size => TicketFilePayments.Build(args[0], contents, size))];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var parts = Parts(contents, paymentsBySize);
        var samples = parts.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int p = 0; p < parts.Count; p++)
            {
                var start = Environment.CpuUsage.TotalTime;
                int check = parts[p].Run();
                double micros = (Environment.CpuUsage.TotalTime - start).TotalMicroseconds / parts[p].Operations;
                if (check != parts[p].Expected)
                {
                    Console.Error.WriteLine($"{parts[p].Name}: expected {parts[p].Expected} successes, got {check}");
                    return 1;
                }
                samples[p].Add(micros);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{contents.Tickets.Count} tickets, {rounds} rounds, process CPU time"));
        Console.WriteLine($"{"part",-62} {"min µs",9} {"median µs",10}");
        for (int p = 0; p < parts.Count; p++)
        {
            var sorted = samples[p].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{parts[p].Name,-62} {sorted[0],9:F2} {sorted[sorted.Length / 2],10:F2}"));
        }
        return 0;
    }

    private sealed record Part(string Name, int Operations, int Expected, Func<int> Run);

    private static List<Part> Parts(TicketFileContents contents, List<IReadOnlyList<FilePayment>> paymentsBySize)
    {
        var tickets = contents.Tickets;
        var context = contents.Context!;
        int n = tickets.Count;
        var ticketHashes = new byte[n][];
        var digests = new byte[n][];
        var winProbs = new Hash32[n];
        for (int i = 0; i < n; i++)
        {
            ticketHashes[i] = Keccak256.Hash(tickets[i].Flat);
            digests[i] = Eip191.Digest(ticketHashes[i]);
            winProbs[i] = new Hash32(tickets[i].Flat.AsSpan(72, 32));
        }
        int wins = tickets.Select((t, i) => TicketMath.IsWinning(t.Signature, t.RecipientRand, winProbs[i])).Count(w => w);
        var senderInfo = new SenderInfo(0, ReserveInfo.Empty, context.SenderWithdrawRound);
        var perPayment = paymentsBySize[0];
        var parts = new List<Part>
        {
            new("per ticket: libsecp256k1 parse+recover+serialize (the C floor)", n, n, () =>
            {
                Span<byte> publicKey = stackalloc byte[64];
                int ok = 0;
                for (int i = 0; i < n; i++)
                {
                    var signature = tickets[i].Signature;
                    ok += Secp256k1.TryRecoverPublicKey(digests[i], signature.AsSpan(0, 64), signature[64] - 27, publicKey) ? 1 : 0;
                }
                return ok;
            }),
            new("per ticket: recover signer (checks, EIP-191, recover, address)", n, n, () =>
            {
                int ok = 0;
                for (int i = 0; i < n; i++)
                {
                    var check = SignatureVerifier.RecoverPersonal(ticketHashes[i], tickets[i].Signature);
                    ok += check.IsValid && check.Signer == tickets[i].Signer ? 1 : 0;
                }
                return ok;
            }),
            new("per ticket: ticket hash keccak(flat)", n, n, () =>
            {
                Span<byte> hash = stackalloc byte[32];
                int ok = 0;
                for (int i = 0; i < n; i++)
                {
                    Keccak256.Hash(tickets[i].Flat, hash);
                    ok += hash[0] == ticketHashes[i][0] ? 1 : 0;
                }
                return ok;
            }),
            new("per ticket: win test keccak(sig ‖ rand) < winProb", n, wins, () =>
            {
                int won = 0;
                for (int i = 0; i < n; i++)
                {
                    won += TicketMath.IsWinning(tickets[i].Signature, tickets[i].RecipientRand, winProbs[i]) ? 1 : 0;
                }
                return won;
            }),
            new("per payment: recipientRand HMAC + commitment keccak", perPayment.Count, perPayment.Count, () =>
            {
                int ok = 0;
                foreach (var payment in perPayment)
                {
                    var batch = payment.Batch;
                    var rand = RecipientRand.Compute(context.Secret, batch.Params, batch.Sender, batch.ExpirationParams);
                    ok += RecipientRand.HashOf(rand) == batch.Params.RecipientRandHash ? 1 : 0;
                }
                return ok;
            }),
            new("per payment: EV (exact rational)", perPayment.Count, perPayment.Count, () =>
            {
                int ok = 0;
                foreach (var payment in perPayment)
                {
                    ok += payment.Batch.Params.ExpectedValue.Sign > 0 ? 1 : 0;
                }
                return ok;
            }),
        };
        for (int s = 0; s < PaymentSizes.Length; s++)
        {
            var payments = paymentsBySize[s];
            parts.Add(new($"per ticket: full receive check, {PaymentSizes[s]} ticket(s) per payment", n, n, () =>
            {
                var nonces = new InMemorySenderNonceStore();
                int accepted = 0;
                foreach (var payment in payments)
                {
                    accepted += TicketReceiver.Receive(
                        payment.Batch, context.Recipient, context.Secret, senderInfo, context.LastSeenL1Block, context.LastInitializedRound, nonces).CreditedCount;
                }
                return accepted;
            }));
        }
        return parts;
    }
}
