using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Tests.Support;

namespace Livepeer.Chain.Tests.Abi;

public sealed class RevertReasonTests
{
    [Fact]
    public void Error_string_gives_the_require_message_exactly()
    {
        // What the TicketBroker returns for a replay (chain.md §2.7 step 8).
        var data = Hex.Bytes("08c379a0" + Hex.Word("20") + Hex.Word("e") + "7469636b65742069732075736564".PadRight(64, '0'));
        var reason = RevertReason.Decode(data);
        Assert.Equal(RevertKind.Error, reason.Kind);
        Assert.Equal("ticket is used", reason.Message);
        Assert.Equal(data, RevertReason.EncodeError("ticket is used"));

        ContractRevertException exception = reason.ToException();
        Assert.Equal("ticket is used", exception.Reason);
        Assert.Equal("transaction failed: ticket is used", exception.Message);
    }

    [Theory]
    [InlineData(0x11, "panic 0x11: arithmetic overflow or underflow")]
    [InlineData(0x32, "panic 0x32: array index out of bounds")]
    [InlineData(0x01, "panic 0x01: assert failed")]
    [InlineData(0x12, "panic 0x12: division or modulo by zero")]
    [InlineData(0x99, "panic 0x99: unknown panic code")]
    public void Panic_codes_are_explained(int code, string message)
    {
        var data = Hex.Bytes("4e487b71" + Hex.Word(code.ToString("x")));
        Assert.Equal(data, RevertReason.EncodePanic(code));
        var reason = RevertReason.Decode(data);
        Assert.Equal(RevertKind.Panic, reason.Kind);
        Assert.Equal(code, (int)reason.PanicCode!.Value);
        Assert.Equal(message, reason.Message);
    }

    [Fact]
    public void Empty_revert_data_is_a_bare_revert()
    {
        var reason = RevertReason.Decode([]);
        Assert.Equal(RevertKind.Empty, reason.Kind);
        Assert.Equal("reverted without a reason", reason.Message);
    }

    [Fact]
    public void Custom_errors_and_garbage_are_unknown_but_never_throw()
    {
        var custom = RevertReason.Decode(Hex.Bytes("deadbeef" + Hex.Word("1")));
        Assert.Equal(RevertKind.Unknown, custom.Kind);
        Assert.StartsWith("custom error 0xdeadbeef", custom.Message);

        Assert.Equal(RevertKind.Unknown, RevertReason.Decode([0x08, 0xc3]).Kind);

        var truncated = RevertReason.Decode(Hex.Bytes("08c379a0" + Hex.Word("20") + Hex.Word("40")));
        Assert.Equal(RevertKind.Unknown, truncated.Kind);
        Assert.StartsWith("malformed Error(string) revert data", truncated.Message);
    }
}
