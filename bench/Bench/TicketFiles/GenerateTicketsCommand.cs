using System.Globalization;
using Livepeer.Bench.Scenario;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.TicketFiles;

/// <summary>
/// `generate-tickets &lt;file&gt; &lt;count&gt; [ticketsPerPayment]`: signs <c>count</c> tickets with the bench
/// scenario's sender key through <see cref="TicketBatch.Sign"/>, in groups of at most 600 nonces per
/// recipientRand, and writes them with the receive context as tickets.bin.
/// </summary>
public static class GenerateTicketsCommand
{
    public const int DefaultTicketsPerPayment = 10;

    private const string Usage = "usage: generate-tickets <file> <count> [ticketsPerPayment (default 10)]";

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length is < 2 or > 3
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count <= 0
            || !TryParsePerPayment(args, out int perPayment))
        {
            Console.Error.WriteLine(Usage);
            Console.Error.WriteLine("count and ticketsPerPayment must be positive integers");
            return 2;
        }
        var tickets = new List<TicketRecord>(count);
        var groups = new List<TicketGroup>();
        for (int group = 0; tickets.Count < count; group++)
        {
            int size = Math.Min(BenchScenario.MaxGroupSize, count - tickets.Count);
            var payments = BenchScenario.SignGroup(group, size, perPayment);
            var p = payments[0].Params;
            var rand = BenchScenario.Issuer.RecipientRandOf(p, BenchScenario.SenderKey.Address, BenchScenario.Expiration);
            groups.Add(new TicketGroup(tickets.Count, size, perPayment, p.Seed, p.ExpirationBlock, p.PricePerPixel));
            foreach (var payment in payments)
            {
                for (int i = 0; i < payment.Count; i++)
                {
                    tickets.Add(new TicketRecord(payment.TicketAt(i).Flatten(), payment.SenderParams[i].Signature, rand, payment.Sender));
                }
            }
        }
        var context = new ReceiveContext(
            BenchScenario.Recipient, BenchScenario.Secret, BenchScenario.LastSeenL1Block, BenchScenario.LastInitializedRound,
            BenchScenario.Sender.WithdrawRound, groups);
        TicketFile.Write(args[0], new TicketFileContents(tickets, context));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {count} tickets in {groups.Count} recipientRand groups ({perPayment} tickets per payment) from sender {BenchScenario.SenderKey.Address} to {args[0]}"));
        return 0;
    }

    private static bool TryParsePerPayment(string[] args, out int perPayment)
    {
        perPayment = DefaultTicketsPerPayment;
        return args.Length < 3 || (int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out perPayment) && perPayment > 0);
    }
}
