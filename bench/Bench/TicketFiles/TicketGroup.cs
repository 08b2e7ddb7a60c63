using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Bench.TicketFiles;

/// <summary>
/// Consecutive tickets under one set of params (one recipientRand), received as payments of
/// <see cref="TicketsPerPayment"/> tickets. Holds the params fields the flat encoding lacks.
/// </summary>
public sealed record TicketGroup(
    int FirstTicket,
    int Count,
    int TicketsPerPayment,
    BigInteger Seed,
    BigInteger ExpirationBlock,
    BigRational PricePerPixel);
