using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Livepeer.Protocol.Tests.Rpc;

public sealed class RoundTripPropertyTests
{
    public static TheoryData<string> MessageNames()
    {
        var data = new TheoryData<string>();
        foreach (var message in RpcSchema.AllMessages)
        {
            data.Add(message.FullName);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Encode_then_decode_gives_an_equal_message(string fullName)
    {
        var descriptor = RpcSchema.AllMessages.Single(m => m.FullName == fullName);
        RpcGen.For(descriptor).Sample(message =>
        {
            var bytes = message.ToByteArray();
            var decoded = descriptor.Parser.ParseFrom(bytes);
            Assert.Equal(message, decoded);
            Assert.Equal(bytes, decoded.ToByteArray());
        }, iter: 200);
    }

    [Fact]
    public void Generators_fill_fields_so_round_trips_are_not_all_empty()
    {
        // Guards the property above against a generator that only makes empty messages.
        var payment = Livepeer.Protocol.Rpc.Payment.Descriptor;
        int nonEmpty = 0;
        RpcGen.For(payment).Sample(m =>
        {
            if (m.CalculateSize() > 0)
            {
                nonEmpty++;
            }
        }, iter: 50);
        Assert.True(nonEmpty > 40, $"only {nonEmpty} of 50 generated payments had any field set");
    }

    [Fact]
    public void Round_trip_covers_every_message_type()
    {
        Assert.Equal(35, RpcSchema.AllMessages.Count);
        Assert.All(RpcSchema.AllMessages, m => Assert.IsType<MessageDescriptor>(m));
    }
}
