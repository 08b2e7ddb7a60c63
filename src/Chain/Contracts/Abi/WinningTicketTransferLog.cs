using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A WinningTicketTransfer log: <c>Amount</c> wei credited to the recipient for a winning ticket.</summary>
public sealed record WinningTicketTransferLog(EthAddress Sender, EthAddress Recipient, BigInteger Amount);
