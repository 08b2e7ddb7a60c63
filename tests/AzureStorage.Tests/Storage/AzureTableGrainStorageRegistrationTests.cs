using System.Net;
using Azure;
using Livepeer.AzureStorage.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Livepeer.AzureStorage.Tests.Storage;

/// <summary>What the registration extensions put in the container (no storage traffic).</summary>
public sealed class AzureTableGrainStorageRegistrationTests
{
    private const string ConnectionString = "UseDevelopmentStorage=true";

    [Fact]
    public void A_serializer_keyed_by_provider_name_wins_and_others_default_to_system_text_json()
    {
        var keyed = new CountingSerializer();
        using var services = BuildServices(s => s.AddKeyedSingleton<IGrainStorageSerializer>("custom", keyed));
        var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>();

        Assert.Same(keyed, options.Get("custom").GrainStorageSerializer);
        Assert.IsType<SystemTextJsonGrainStorageSerializer>(options.Get("plain").GrainStorageSerializer);
    }

    [Fact]
    public void Providers_resolve_by_name_and_the_default_one_also_unkeyed()
    {
        using var services = BuildServices(_ => { });

        Assert.IsType<AzureTableGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>("plain"));
        Assert.IsType<AzureTableGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>("custom"));
        Assert.Null(services.GetService<IGrainStorage>());
    }

    [Fact]
    public void The_startup_validator_names_the_misconfigured_provider()
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddAzureTableGrainStorage("broken", o => o.Configure(options => options.TableName = "no"));
        using var services = collection.BuildServiceProvider();

        var error = Assert.Throws<OrleansConfigurationException>(() =>
        {
            foreach (var validator in services.GetServices<IConfigurationValidator>())
            {
                validator.ValidateConfiguration();
            }
        });
        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
        Assert.Contains("TableName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_service_failures_decode_to_status_and_error_code()
    {
        using var services = BuildServices(_ => { });
        var decoder = Assert.IsAssignableFrom<IRestExceptionDecoder>(services.GetRequiredKeyedService<IGrainStorage>("plain"));

        var failure = new RequestFailedException(412, "precondition", "UpdateConditionNotSatisfied", null);
        Assert.True(decoder.DecodeException(new OrleansException("wrapped", failure), out var status, out var code));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal("UpdateConditionNotSatisfied", code);
        Assert.False(decoder.DecodeException(new InvalidOperationException(), out _, out _));
    }

    private static ServiceProvider BuildServices(Action<IServiceCollection> extra)
    {
        var collection = new ServiceCollection().AddLogging();
        collection.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("c", "s"));
        collection.AddAzureTableGrainStorage("plain", o => o.Configure(options => options.ConnectionString = ConnectionString));
        collection.AddAzureTableGrainStorage("custom", o => o.Configure(options => options.ConnectionString = ConnectionString));
        extra(collection);
        return collection.BuildServiceProvider();
    }
}
