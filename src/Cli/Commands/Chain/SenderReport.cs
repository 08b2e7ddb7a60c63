using System.Numerics;
using System.Text.Json;
using Livepeer.Chain.Network;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>A gateway's TicketBroker account as read from the chain: deposit, reserve and unlock state.</summary>
internal sealed record SenderReport(EthAddress Address, BigInteger Deposit, BigInteger Reserve, long WithdrawRound, bool UnlockInProgress)
{
    public static async Task<SenderReport> ReadAsync(JsonRpcLivepeerChain chain, EthAddress sender, CancellationToken cancellationToken)
    {
        var info = await chain.GetSenderInfoAsync(sender, cancellationToken).ConfigureAwait(false);
        var unlocking = await chain.IsUnlockInProgressAsync(sender, cancellationToken).ConfigureAwait(false);
        return new SenderReport(sender, info.Deposit, info.Reserve.FundsRemaining, info.WithdrawRound, unlocking);
    }

    public void WriteJson(Utf8JsonWriter json, string propertyName)
    {
        json.WriteStartObject(propertyName);
        json.WriteString("address", Address.ToString());
        json.WriteString("deposit", WeiAmount.Format(Deposit));
        json.WriteString("reserve", WeiAmount.Format(Reserve));
        json.WriteNumber("withdrawRound", WithdrawRound);
        json.WriteBoolean("unlockInProgress", UnlockInProgress);
        json.WriteEndObject();
    }

    public void WriteText(TextWriter output)
    {
        output.WriteLine($"gateway           {Address}");
        output.WriteLine($"  deposit         {WeiAmount.Describe(Deposit)}");
        output.WriteLine($"  reserve         {WeiAmount.Describe(Reserve)}");
        output.WriteLine(UnlockInProgress ? $"  unlock          in progress, withdrawable from round {WithdrawRound}" : "  unlock          none");
    }
}
