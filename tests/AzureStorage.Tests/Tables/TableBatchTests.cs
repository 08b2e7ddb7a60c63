using Azure.Data.Tables;
using Livepeer.AzureStorage.Tables;

namespace Livepeer.AzureStorage.Tests.Tables;

/// <summary>Rules Azurite does not enforce, so the client must.</summary>
public sealed class TableBatchTests
{
    [Fact]
    public void Holds_at_most_one_hundred_actions()
    {
        var batch = new TableBatch("p");
        for (var i = 0; i < TableBatch.MaxOperations; i++)
        {
            batch.Add(TableTransactionActionType.Add, new TableEntity("p", "r" + i));
        }

        var error = Assert.Throws<InvalidOperationException>(() => batch.Add(TableTransactionActionType.Add, new TableEntity("p", "one-too-many")));
        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
        Assert.Equal(TableBatch.MaxOperations, batch.Count);
    }

    [Fact]
    public void Refuses_a_second_partition()
    {
        var batch = new TableBatch("p").Add(TableTransactionActionType.Add, new TableEntity("p", "r"));

        var error = Assert.Throws<ArgumentException>(() => batch.Add(TableTransactionActionType.Add, new TableEntity("other", "r2")));
        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_the_same_entity_twice()
    {
        var batch = new TableBatch("p").Add(TableTransactionActionType.Add, new TableEntity("p", "r"));

        var error = Assert.Throws<ArgumentException>(() => batch.Add(TableTransactionActionType.Delete, new TableEntity("p", "r")));
        Assert.Contains("RowKey 'r'", error.Message, StringComparison.Ordinal);
    }
}
