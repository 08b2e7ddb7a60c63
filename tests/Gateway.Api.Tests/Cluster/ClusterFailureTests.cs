using Livepeer.Gateway.Api.Cluster;
using Orleans.Runtime;

namespace Livepeer.Gateway.Api.Tests.Cluster;

public sealed class ClusterFailureTests
{
    [Fact]
    public void A_message_with_an_inner_stack_trace_becomes_its_first_line()
    {
        // What a push answered right after the GPU silo was killed (found by the two-silo kill test).
        var exception = new OrleansException(
            "Exception while sending message: Orleans.Runtime.Messaging.ConnectionFailedException: Unable to connect to S127.0.0.1:35123:154462922, will retry after 569.7885ms\n"
            + "   at Orleans.Runtime.Messaging.ConnectionManager.GetConnectionAsync(SiloAddress endpoint) in /_/src/Orleans.Core/Networking/ConnectionManager.cs:line 142\n"
            + "   at Orleans.Runtime.Messaging.MessageCenter.<SendMessage>g__SendAsync|32_0(MessageCenter messageCenter, ValueTask`1 connectionTask, Message msg)");

        var text = ClusterFailure.Describe(exception);

        Assert.Equal(
            "the cluster did not answer (OrleansException): Exception while sending message: Orleans.Runtime.Messaging.ConnectionFailedException: "
            + "Unable to connect to S127.0.0.1:35123:154462922, will retry after 569.7885ms; try again",
            text);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_keeps_its_one_line_message()
    {
        var text = ClusterFailure.Describe(new TimeoutException("Response did not arrive on time in 00:00:30 for message: Request [...]"));

        Assert.Equal("the cluster did not answer (TimeoutException): Response did not arrive on time in 00:00:30 for message: Request [...]; try again", text);
    }

    [Fact]
    public void An_empty_message_still_names_the_failure()
    {
        Assert.Equal("the cluster did not answer (OrleansException); try again", ClusterFailure.Describe(new OrleansException("\n   at somewhere")));
    }
}
