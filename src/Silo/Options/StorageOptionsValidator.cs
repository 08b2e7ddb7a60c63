using Livepeer.Hosting.Storage;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problem = StorageAccountChecks.Problem(options);
        if (problem is null && options.GrainStorage is not (StorageProviders.AzureTable or StorageProviders.Memory))
        {
            problem = $"{StorageOptions.SectionName}:GrainStorage must be \"{StorageProviders.AzureTable}\" or \"{StorageProviders.Memory}\" (was \"{options.GrainStorage}\").";
        }
        problem ??= StorageAccountChecks.TableNameProblem(nameof(StorageOptions.GrainStateTable), options.GrainStateTable);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }
}
