using System.Text;
using Livepeer.AzureStorage.Blobs;
using Livepeer.TestSupport.Azurite;

namespace Livepeer.AzureStorage.Tests.Blobs;

public sealed class AzureBlobMediaStoreTests : IClassFixture<AzuriteAllServicesFixture>
{
    private readonly AzuriteAllServicesFixture _azurite;

    public AzureBlobMediaStoreTests(AzuriteAllServicesFixture azurite) => _azurite = azurite;

    [Fact]
    public async Task A_stored_object_reads_back_with_its_bytes_and_content_type_and_can_be_deleted()
    {
        var store = NewStore();
        var data = Encoding.ASCII.GetBytes("#EXTM3U\n");

        await store.PutAsync("streams/demo/source.m3u8", data, "application/x-mpegURL");
        var read = await store.GetAsync("streams/demo/source.m3u8");

        Assert.NotNull(read);
        Assert.Equal(data, read.Data);
        Assert.Equal("application/x-mpegURL", read.ContentType);
        Assert.True(await store.DeleteAsync("streams/demo/source.m3u8"));
        Assert.Null(await store.GetAsync("streams/demo/source.m3u8"));
        Assert.False(await store.DeleteAsync("streams/demo/source.m3u8"));
    }

    [Fact]
    public async Task A_put_replaces_the_previous_object()
    {
        var store = NewStore();
        await store.PutAsync("a/b.ts", new byte[] { 1, 2, 3 }, "video/mp2t");
        await store.PutAsync("a/b.ts", new byte[] { 9 }, "video/mp2t");

        Assert.Equal(new byte[] { 9 }, (await store.GetAsync("a/b.ts"))!.Data);
    }

    [Fact]
    public async Task Two_stores_on_one_container_see_each_others_objects()
    {
        var container = Container();
        await NewStore(container).PutAsync("shared/1.ts", new byte[] { 7 }, "video/mp2t");

        Assert.Equal(new byte[] { 7 }, (await NewStore(container).GetAsync("shared/1.ts"))!.Data);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd")]
    [InlineData("a//b")]
    [InlineData("a/./b")]
    [InlineData("a b")]
    [InlineData("a/b?c")]
    public async Task A_path_outside_the_rule_is_refused_before_storage_is_touched(string path)
    {
        var store = NewStore();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync(path));
        Assert.Equal(MediaPath.Problem(path), error.Message.Split(" (Parameter")[0]);
    }

    [Theory]
    [InlineData("Media")]
    [InlineData("ab")]
    [InlineData("a--b")]
    [InlineData("-ab")]
    public void Invalid_container_names_are_reported(string name)
    {
        var options = new MediaStoreOptions { ConnectionString = _azurite.ConnectionString, MediaContainer = name };
        Assert.Contains(options.Errors(), e => e.Contains("MediaContainer", StringComparison.Ordinal));
    }

    private AzureBlobMediaStore NewStore(string? container = null) =>
        new(new MediaStoreOptions { ConnectionString = _azurite.ConnectionString, MediaContainer = container ?? Container() });

    private static string Container() => $"media-{Guid.NewGuid():N}"[..30];
}
