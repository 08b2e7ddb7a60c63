using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A WinningTicketRedeemed log: emitted for every redeemed ticket, paid or not (chain.md §2.7 step 15).</summary>
public sealed record WinningTicketRedeemedLog(
    EthAddress Sender,
    EthAddress Recipient,
    BigInteger FaceValue,
    BigInteger WinProb,
    BigInteger SenderNonce,
    Hash32 RecipientRand,
    byte[] AuxData);
