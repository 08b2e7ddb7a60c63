using Livepeer.Hosting.Storage;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        StorageAccountChecks.Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
