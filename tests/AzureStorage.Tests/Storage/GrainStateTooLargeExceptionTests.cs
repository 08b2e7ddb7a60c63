using Livepeer.AzureStorage.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Livepeer.AzureStorage.Tests.Storage;

public sealed class GrainStateTooLargeExceptionTests
{
    [Fact]
    public void Crosses_the_orleans_wire_with_its_details()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var original = new GrainStateTooLargeException("test-state/abc", "profile", 800_000, 720_896);

        var copy = serializer.Deserialize<GrainStateTooLargeException>(serializer.SerializeToArray(original));

        Assert.NotNull(copy);
        Assert.Equal((original.GrainId, original.StateName, original.Size, original.Limit), (copy.GrainId, copy.StateName, copy.Size, copy.Limit));
        Assert.Equal(original.Message, copy.Message);
        Assert.Contains("800000 bytes", copy.Message, StringComparison.Ordinal);
    }
}
