using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Cli.Commands.Payment;

/// <summary>What lpctl found out about one ticket of a payment.</summary>
/// <param name="SenderNonce">the ticket's nonce</param>
/// <param name="TicketHash">keccak of the packed ticket</param>
/// <param name="Signer">the recovered signer, or null when no signer recovers</param>
/// <param name="SignatureError">why no signer recovers, or null</param>
/// <param name="SignatureValid">a signer recovers and equals the payment's sender</param>
/// <param name="Wins">the win test result when recipientRand was given, else null</param>
/// <param name="ExpectedValue">the ticket's EV in wei</param>
public sealed record TicketInspection(
    uint SenderNonce,
    Hash32 TicketHash,
    EthAddress? Signer,
    string? SignatureError,
    bool SignatureValid,
    bool? Wins,
    BigRational ExpectedValue);
